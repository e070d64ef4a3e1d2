# Concurrent tasks under uasyncio: the LED blinks every 500 ms, an LED on GP2
# every 300 ms, and a task reports each press of the button on GP14 (its
# interrupt handler sets a ThreadSafeFlag the task waits on).
from machine import Pin
import uasyncio as asyncio
import time

led = Pin("LED", Pin.OUT, value=0)
ext = Pin(2, Pin.OUT, value=0)
button = Pin(14, Pin.IN, Pin.PULL_UP)
flag = asyncio.ThreadSafeFlag()
button.irq(handler=lambda pin: flag.set(), trigger=Pin.IRQ_FALLING)


async def blink(pin, period_ms, times):
    for _ in range(times):
        pin.toggle()
        await asyncio.sleep_ms(period_ms)


async def presses(n):
    for i in range(n):
        await flag.wait()
        print("press", i + 1, "at", time.ticks_ms(), "ms")


async def main():
    await asyncio.gather(blink(led, 500, 6), blink(ext, 300, 10), presses(2))
    print("done at", time.ticks_ms(), "ms")


asyncio.run(main())
