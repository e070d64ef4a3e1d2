# asyncio.wait (return_when, timeout) and asyncio.shield.
# Delays are spaced 25 ms or more apart: CPython runs them in real time,
# and a loaded CI machine must not reorder them.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    ts = [asyncio.create_task(job(n, d), name=n) for n, d in (("a", 0.05), ("b", 0.125), ("c", 0.25))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(names(done), names(pending))
    done, pending = await asyncio.wait(ts, timeout=0.1)
    print(names(done), names(pending))
    done, pending = await asyncio.wait(ts)
    print(names(done), names(pending), sorted(t.result() for t in done))
    ts = [asyncio.create_task(job("x", 0.05, True), name="x"), asyncio.create_task(job("y", 0.25), name="y")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(names(done), names(pending))
    await asyncio.wait(pending)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)

    inner = asyncio.create_task(job("shielded", 0.1))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.025)
    except TimeoutError:
        print("timed out, inner cancelled?", inner.cancelled())
    print(await inner)


asyncio.run(main())
