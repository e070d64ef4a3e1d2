# asyncio.Semaphore / BoundedSemaphore limit concurrency.
# Delays are spaced 25 ms or more apart: CPython runs them in real time,
# and a loaded CI machine must not reorder them.
import asyncio

active = 0
peak = 0


async def job(sem, i, log):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        log.append("start %d" % i)
        await asyncio.sleep(0.05 * (i % 3 + 1))
        log.append("end %d" % i)
        active -= 1


async def main():
    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*(job(sem, i, log) for i in range(6)))
    print(peak, sem.locked())
    print(log)
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    print(b.locked())
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
