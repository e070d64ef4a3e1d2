# asyncio.as_completed yields results in completion order.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    coros = [job("slow", 0.03), job("fast", 0.01), job("mid", 0.02)]
    for c in asyncio.as_completed(coros):
        print(await c)
    try:
        for c in asyncio.as_completed([job("late", 1)], timeout=0.01):
            await c
    except TimeoutError:
        print("as_completed timed out")


asyncio.run(main())
