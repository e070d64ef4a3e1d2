# A periodic timer toggles the LED at 4 Hz while the main loop reports.
from machine import Pin, Timer
import time

led = Pin("LED", Pin.OUT)
ticks = 0

def tick(timer):
    global ticks
    ticks += 1
    led.toggle()

t = Timer(-1)
t.init(mode=Timer.PERIODIC, freq=4, callback=tick)
for second in range(3):
    time.sleep(1)
    print("after", second + 1, "s:", ticks, "ticks")
t.deinit()
