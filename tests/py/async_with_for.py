# async with and async for with user classes.
import asyncio


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("enter", self.name)
        await asyncio.sleep(0)
        return self.name.upper()

    async def __aexit__(self, et, e, tb):
        print("exit", self.name, et.__name__ if et else None, e)
        await asyncio.sleep(0)
        return self.suppress


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n


async def find(n, target):
    async for i in Countdown(n):
        if i == target:
            return "found " + str(i)
    return "missing"


async def main():
    async with Resource("a") as r:
        print("inside", r)
    async with Resource("b", suppress=True):
        raise ValueError("swallowed")
    print("after b")
    try:
        async with Resource("c"):
            raise KeyError("kept")
    except KeyError as e:
        print("propagated", e)
    async with Resource("d") as x, Resource("e") as y:
        print(x, y)
    for i in range(3):
        async with Resource("loop" + str(i)):
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
    items = []
    async for v in Countdown(4):
        items.append(v)
    print(items)
    async for v in Countdown(0):
        print("never")
    else:
        print("else ran")
    async for v in Countdown(5):
        if v == 2:
            break
    else:
        print("not printed")
    print(await find(6, 3), await find(2, 9))

    class Bad:
        async def __anext__(self):
            raise ValueError("from anext")

        def __aiter__(self):
            return self

    try:
        async for v in Bad():
            pass
    except ValueError as e:
        print("error", e)


asyncio.run(main())
