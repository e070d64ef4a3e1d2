# Event-loop API: new_event_loop, run_until_complete, create_task, current_task.
import asyncio


async def compute(x):
    await asyncio.sleep(0.001)
    return x * x


async def named():
    t = asyncio.current_task()
    return t.get_name()


loop = asyncio.new_event_loop()
print(loop.run_until_complete(compute(7)))
t = loop.create_task(compute(3))
print(loop.run_until_complete(t), t.done())
loop.close()


async def main():
    print(await named())
    t = asyncio.create_task(named(), name="custom")
    print(await t, t.get_name())
    print(asyncio.get_running_loop() is asyncio.get_event_loop())
    c = compute(1)
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(1))
    c.close()


asyncio.run(main())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)


async def order():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_soon(log.append, "soon1")
    loop.call_later(0.002, log.append, "later2")
    loop.call_later(0.001, log.append, "later1")
    loop.call_soon(log.append, "soon2")
    await asyncio.sleep(0.01)
    print(log)


asyncio.run(order())
