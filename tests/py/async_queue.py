# asyncio.Queue producer/consumer.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, q.qsize())
    await q.put(None)


async def consumer(q, out):
    while True:
        item = await q.get()
        if item is None:
            break
        out.append(item * 10)
        print("got", item)
        await asyncio.sleep(0)


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.empty(), q.qsize(), q.maxsize)
    out = []
    await asyncio.gather(producer(q, 5), consumer(q, out))
    print(out, q.empty())
    q2 = asyncio.Queue()
    q2.put_nowait("a")
    q2.put_nowait("b")
    print(q2.get_nowait(), q2.qsize(), q2.full())
    try:
        asyncio.Queue().get_nowait()
    except asyncio.QueueEmpty:
        print("empty")


asyncio.run(main())
