# asyncio.gather: order of results, exceptions, return_exceptions.
import asyncio


async def job(name, delay, result):
    await asyncio.sleep(delay)
    print("finished", name)
    return result


async def boom(delay, msg):
    await asyncio.sleep(delay)
    raise KeyError(msg)


async def main():
    r = await asyncio.gather(job("slow", 0.02, 1), job("fast", 0.01, 2), job("mid", 0.015, 3))
    print(r)
    r = await asyncio.gather()
    print(r)
    r = await asyncio.gather(job("ok", 0.01, "x"), boom(0.005, "k"), return_exceptions=True)
    print(r[0], type(r[1]).__name__, r[1])
    try:
        await asyncio.gather(job("p", 0.01, 1), boom(0.002, "first"))
    except KeyError as e:
        print("gather raised", e)
    await asyncio.sleep(0.02)
    t = asyncio.create_task(job("task", 0.001, "T"))
    r = await asyncio.gather(t, job("coro", 0.002, "C"))
    print(r)


asyncio.run(main())
