# asyncio.wait_for and timeouts.
import asyncio


async def slow(delay, value):
    try:
        await asyncio.sleep(delay)
        return value
    except asyncio.CancelledError:
        print("slow was cancelled")
        raise


async def main():
    print(await asyncio.wait_for(slow(0.001, "quick"), 1))
    try:
        await asyncio.wait_for(slow(1, "never"), 0.01)
    except asyncio.TimeoutError as e:
        print("timed out", type(e).__name__, isinstance(e, TimeoutError))
    print(asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(slow(0.001, "no timeout"), None))
    try:
        await asyncio.wait_for(slow(1, "x"), 0)
    except TimeoutError:
        print("zero timeout")
    t = asyncio.create_task(slow(0.001, "task"))
    print(await asyncio.wait_for(t, 0.5))


asyncio.run(main())
