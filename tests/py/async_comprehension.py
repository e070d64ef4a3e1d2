# Comprehensions in async functions: await inside, async for clauses.
import asyncio


class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def double(x):
    await asyncio.sleep(0)
    return 2 * x


async def main():
    print([await double(i) for i in range(4)])
    print([x async for x in Count(3)])
    print({x: await double(x) async for x in Count(3) if x != 2})
    print(sorted({x % 2 async for x in Count(5)}))
    print([(x, y) async for x in Count(2) for y in "ab"])
    print([(x, y) for x in "ab" async for y in Count(2)])
    print([x for x in range(3)], [i * j for i in range(3) for j in range(2) if i])
    print(sum([await double(x) async for x in Count(4)]))


asyncio.run(main())
