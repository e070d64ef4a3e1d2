# Async generators: async for over them, asend, awaits inside, cleanup.
import asyncio


async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


async def echo():
    received = []
    while len(received) < 2:
        v = yield len(received)
        received.append(v)
    print("echo done", received)


async def squares(agen):
    async for x in agen:
        yield x * x


async def main():
    async for t in ticker(3, 0.001):
        print("tick", t)
    print([x async for x in ticker(4, 0)])
    print([x async for x in squares(ticker(4, 0))])
    g = ticker(2, 0)
    print(type(g).__name__, g.__aiter__() is g)
    print(await g.__anext__(), await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    e = echo()
    print(await e.asend(None))
    print(await e.asend("a"))
    try:
        await e.asend("b")
    except StopAsyncIteration:
        print("echo finished")

    async def limited():
        yield 1
        yield 2
        raise ValueError("inside agen")

    try:
        async for v in limited():
            print("got", v)
    except ValueError as err:
        print("caught", err)

    async def producer(q):
        for i in range(3):
            await asyncio.sleep(0)
            yield i

    async def consume(tag):
        out = []
        async for v in producer(None):
            out.append(tag + str(v))
        return out

    print(await asyncio.gather(consume("a"), consume("b")))


asyncio.run(main())
