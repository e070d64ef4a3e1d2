# Sample a potentiometer on ADC0 (GP26) ten times a second.
from machine import ADC, Pin
import time

pot = ADC(Pin(26))
for i in range(10):
    raw = pot.read_u16()
    volts = raw * 3.3 / 65535
    print("{:4d} ms  raw={:5d}  {:.2f} V".format(i * 100, raw, volts))
    time.sleep_ms(100)
