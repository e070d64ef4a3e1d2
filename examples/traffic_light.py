# A traffic light on GP2 (red), GP3 (amber), GP4 (green), with a pedestrian
# button on GP14 that shortens the green phase.
from machine import Pin
import time

red = Pin(2, Pin.OUT)
amber = Pin(3, Pin.OUT)
green = Pin(4, Pin.OUT)
button = Pin(14, Pin.IN, Pin.PULL_UP)
requested = False

def request(pin):
    global requested
    requested = True

button.irq(handler=request, trigger=Pin.IRQ_FALLING)

def show(r, a, g):
    red.value(r)
    amber.value(a)
    green.value(g)

for cycle in range(2):
    show(1, 0, 0)
    time.sleep(2)
    show(1, 1, 0)
    time.sleep_ms(500)
    show(0, 0, 1)
    waited = 0
    while waited < 3000 and not requested:
        time.sleep_ms(100)
        waited += 100
    if requested:
        print("pedestrian request after", waited, "ms of green")
        requested = False
    show(0, 1, 0)
    time.sleep(1)
show(1, 0, 0)
print("done")
