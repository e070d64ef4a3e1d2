# Task.cancel, CancelledError, cleanup when asyncio.run ends.
import asyncio


async def forever(name):
    try:
        while True:
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    finally:
        print(name, "cleanup")


async def background():
    try:
        await asyncio.sleep(10)
    finally:
        print("background cleaned up at exit")


async def main():
    t = asyncio.create_task(forever("t1"))
    await asyncio.sleep(0.025)
    print("cancel returns", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting cancelled task raised CancelledError")
    print(t.cancelled(), t.done())
    print(t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raised CancelledError")

    async def swallow():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("swallowed")
        return "finished anyway"

    s = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled())

    u = asyncio.create_task(forever("before-start"))
    u.cancel()
    try:
        await u
    except asyncio.CancelledError:
        print("cancelled before it ran")

    asyncio.create_task(background())
    await asyncio.sleep(0)
    print("main returns")


asyncio.run(main())
print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
