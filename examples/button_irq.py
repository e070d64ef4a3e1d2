# Count presses of a button on GP14 (pulled up, pressed = low) with an
# interrupt, debounced in software, and mirror the count's parity on the LED.
from machine import Pin
import time

led = Pin("LED", Pin.OUT, value=0)
button = Pin(14, Pin.IN, Pin.PULL_UP)
presses = 0
last = time.ticks_ms()

def pressed(pin):
    global presses, last
    now = time.ticks_ms()
    if time.ticks_diff(now, last) < 50:
        return  # bounce
    last = now
    presses += 1
    led.value(presses % 2)
    print("press", presses, "at", now, "ms")

button.irq(handler=pressed, trigger=Pin.IRQ_FALLING)
time.sleep(3)
print("total presses:", presses)
