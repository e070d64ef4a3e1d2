# machine.Signal: an active-low LED on GP25 switched by what it means.
from machine import Pin, Signal

led = Signal(Pin(25, Pin.OUT), invert=True)
led.on()
print(Pin(25).value(), led.value(), led())
led.off()
print(Pin(25).value(), led.value())
led(1)
print(Pin(25).value())
plain = Signal(16, Pin.OUT, value=1)
print(plain.value(), Pin(16).value())
inverted = Signal(17, mode=Pin.OUT, invert=True)
print(inverted.value())
