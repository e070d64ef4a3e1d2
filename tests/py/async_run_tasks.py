# asyncio.run, create_task, sleep ordering and task results.
# Delays are spaced 25 ms or more apart: CPython runs them in real time,
# and a loaded CI machine must not reorder them.
import asyncio


async def worker(name, delay, n):
    for i in range(n):
        await asyncio.sleep(delay)
        print(name, i)
    return name.upper()


async def main():
    print("start")
    t1 = asyncio.create_task(worker("a", 0.05, 3))
    t2 = asyncio.create_task(worker("b", 0.125, 2))
    print(t1.done(), t2.done())
    r1 = await t1
    r2 = await t2
    print(r1, r2, t1.done(), t1.result())
    return 42


print(asyncio.run(main()))


async def zero(tag, n):
    for i in range(n):
        print(tag, i)
        await asyncio.sleep(0)


async def main2():
    tasks = [asyncio.create_task(zero(t, 3)) for t in "xyz"]
    print("created")
    for t in tasks:
        await t
    print("all done")


asyncio.run(main2())


async def fails():
    await asyncio.sleep(0)
    raise ValueError("bad")


async def main3():
    t = asyncio.create_task(fails())
    try:
        await t
    except ValueError as e:
        print("caught", e, t.done(), type(t.exception()).__name__)
    return "ok"


print(asyncio.run(main3()))


async def ret_value():
    return [1, 2, 3]


print(asyncio.run(ret_value()))

try:
    asyncio.run(fails())
except ValueError as e:
    print("propagated", e)


async def sleeper_result():
    v = await asyncio.sleep(0.001, result="slept")
    return v


print(asyncio.run(sleeper_result()))
