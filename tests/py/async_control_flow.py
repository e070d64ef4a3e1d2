# await inside try/except/finally, return through async with / async for,
# nested coroutines and exceptions crossing awaits.
import asyncio


class CM:
    def __init__(self, log, name):
        self.log = log
        self.name = name

    async def __aenter__(self):
        self.log.append("enter " + self.name)
        return self

    async def __aexit__(self, et, e, tb):
        await asyncio.sleep(0)
        self.log.append("exit " + self.name + " " + (et.__name__ if et else "-"))
        return False


class Gen:
    def __init__(self, items):
        self.items = list(items)

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)


async def ret_from_with(log):
    async with CM(log, "r") as c:
        return "returned " + c.name


async def ret_from_for():
    async for x in Gen("abc"):
        if x == "b":
            return "got b"


async def nested_for():
    out = []
    async for x in Gen([1, 2]):
        async for y in Gen("xy"):
            out.append(str(x) + y)
    return out


async def failing(n):
    await asyncio.sleep(0)
    if n == 0:
        raise ZeroDivisionError("deep")
    return await failing(n - 1)


async def main():
    log = []
    print(await ret_from_with(log), log)
    print(await ret_from_for())
    print(await nested_for())
    try:
        await failing(5)
    except ZeroDivisionError as e:
        print("caught", e)
    try:
        try:
            await failing(1)
        finally:
            await asyncio.sleep(0)
            print("finally with await")
    except ZeroDivisionError:
        print("after finally")
    try:
        raise KeyError("k")
    except KeyError:
        await asyncio.sleep(0)
        print("await inside except")
    log = []
    try:
        async with CM(log, "outer"):
            async with CM(log, "inner"):
                raise IndexError
    except IndexError:
        print(log)
    total = 0
    for i in range(5):
        total += await asyncio.sleep(0, i)
    print(total)
    results = await asyncio.gather(*[failing(i + 1) for i in range(0)])
    print(results)
    x = [await asyncio.sleep(0, v) for v in ()]
    print(x)


asyncio.run(main())
