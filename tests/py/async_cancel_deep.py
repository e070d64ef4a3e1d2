# Cancelling a task reaches the innermost await: through nested coroutines,
# an async generator's step, a lock wait and a user __await__.
import asyncio


async def agen():
    try:
        while True:
            await asyncio.sleep(1)
            yield 1
    finally:
        print("agen finally")


async def consume():
    try:
        async for _ in agen():
            pass
    except asyncio.CancelledError:
        print("consume saw cancel")
        raise


async def inner():
    try:
        await asyncio.sleep(5)
    finally:
        print("inner finally")


async def outer():
    try:
        await inner()
    finally:
        print("outer finally")


async def lock_waiter(lock):
    try:
        async with lock:
            print("never gets the lock")
    except asyncio.CancelledError:
        print("lock wait cancelled", lock.locked())
        raise


async def main():
    t1 = asyncio.create_task(consume())
    t2 = asyncio.create_task(outer())
    lock = asyncio.Lock()
    await lock.acquire()
    t3 = asyncio.create_task(lock_waiter(lock))
    await asyncio.sleep(0.01)
    for t in (t1, t2, t3):
        t.cancel()
    results = await asyncio.gather(t1, t2, t3, return_exceptions=True)
    print([type(r).__name__ for r in results])
    lock.release()
    print(lock.locked())
    t4 = asyncio.create_task(lock_waiter(lock))
    await asyncio.sleep(0)
    t5 = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t5.cancel("with message")
    try:
        await t5
    except asyncio.CancelledError as e:
        print("message:", e.args)


asyncio.run(main())
