# An exception escaping the main coroutine propagates out of asyncio.run.
import asyncio


async def child():
    await asyncio.sleep(0)
    print("child ran")
    raise OSError("device gone")


async def main():
    print("main starts")
    await asyncio.gather(child())
    print("not reached")


asyncio.run(main())
print("not reached either")
