# Asynchronous generator expressions: `async for` or `await` inside (...).
import asyncio


class Ticker:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i


async def double(x):
    await asyncio.sleep(0)
    return 2 * x


async def agen(n):
    for i in range(n):
        yield i


def make(n):
    # Allowed in a plain function: it only builds the async generator.
    return (x * x async for x in Ticker(n) if x % 2)


async def main():
    g = (x async for x in Ticker(4))
    print(type(g).__name__)
    print([x async for x in g])
    print([v async for v in make(7)])
    h = (await double(x) for x in range(4))
    print(type(h).__name__, [v async for v in h])
    nested = (x + y async for x in agen(3) for y in (10, 20) if y > x)
    print([v async for v in nested])
    total = 0
    async for v in (await double(i) async for i in agen(5)):
        total += v
    print(total)
    g = (x async for x in agen(10))
    print(await g.__anext__(), await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed")


asyncio.run(main())
