# machine.time_pulse_us against pulses from the stimulus (an HC-SR04's echo
# line: 500 us, then 2345 us), and its two timeouts.
from machine import Pin, time_pulse_us

trigger = Pin(14, Pin.OUT, value=0)
echo = Pin(15, Pin.IN, Pin.PULL_DOWN)

print("early:", time_pulse_us(echo, 1, 30000))       # -2: no pulse within 30 ms
print("pulse:", time_pulse_us(echo, 1))              # waits for it, then 500
print("low too long:", time_pulse_us(echo, 0, 100))  # -1: still low after 100 us
trigger.on()
trigger.off()
us = time_pulse_us(echo, 1, 2_000_000)
print("echo: {} us = {:.1f} cm".format(us, us / 58))
