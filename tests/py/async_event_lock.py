# asyncio.Event and asyncio.Lock.
import asyncio


async def waiter(ev, name):
    print(name, "waiting")
    r = await ev.wait()
    print(name, "woke", r)


async def locked_worker(lock, name, log):
    async with lock:
        log.append(name + "+")
        await asyncio.sleep(0.002)
        log.append(name + "-")


async def main():
    ev = asyncio.Event()
    print(ev.is_set())
    tasks = [asyncio.create_task(waiter(ev, n)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0.005)
    print("setting")
    ev.set()
    print(ev.is_set())
    await asyncio.gather(*tasks)
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())

    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(locked_worker(lock, n, log) for n in "abc"))
    print(log)
    print(lock.locked())
    await lock.acquire()
    print(lock.locked())
    lock.release()
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
