# Async generators: aclose() runs finally blocks (even ones that await),
# athrow() raises inside.
import asyncio


async def resource(log):
    try:
        for i in range(10):
            yield i
    finally:
        await asyncio.sleep(0)
        log.append("released")


async def catcher():
    while True:
        try:
            yield "waiting"
        except KeyError as e:
            yield "handled " + str(e)


async def main():
    log = []
    g = resource(log)
    async for v in g:
        if v == 2:
            break
    print(log)
    await g.aclose()
    print(log)
    await g.aclose()
    c = catcher()
    print(await c.__anext__())
    print(await c.athrow(KeyError("k")))
    print(await c.__anext__())
    try:
        await c.athrow(ValueError("v"))
    except ValueError as e:
        print("escaped", e)
    try:
        await c.__anext__()
    except StopAsyncIteration:
        print("finished")

    async def stubborn():
        try:
            yield 1
        finally:
            yield 2

    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
