# Fade the LED in and out with PWM, 1 kHz carrier.
from machine import Pin, PWM
import time

pwm = PWM(Pin(25), freq=1000, duty_u16=0)
for _ in range(2):
    for duty in range(0, 65536, 8192):
        pwm.duty_u16(duty)
        time.sleep_ms(50)
    for duty in range(65535, -1, -8192):
        pwm.duty_u16(duty)
        time.sleep_ms(50)
pwm.deinit()
print("faded twice at", pwm.freq(), "Hz")
