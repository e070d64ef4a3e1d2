# asyncio.timeout (3.11): an async context manager cancelling its block.
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError:
        print("timed out", cm.expired())
    async with asyncio.timeout(0.5) as cm:
        await asyncio.sleep(0.001)
        print("in time", cm.expired())
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0)
        print(cm.when())
    try:
        async with asyncio.timeout(0.05) as cm:
            cm.reschedule(asyncio.get_running_loop().time() + 0.005)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled timeout")
    print(asyncio.current_task().cancelling())


asyncio.run(main())
