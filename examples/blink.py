# Blink the on-board LED: 500 ms on, 500 ms off.
from machine import Pin
import time

led = Pin("LED", Pin.OUT)
while True:
    led.toggle()
    time.sleep_ms(500)
