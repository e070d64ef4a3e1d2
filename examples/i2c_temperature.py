# Read a TMP102 temperature sensor (I2C address 0x48) once a second.
from machine import I2C, Pin
import time

TMP102 = 0x48
i2c = I2C(0, scl=Pin(5), sda=Pin(4), freq=100000)
print("devices:", i2c.scan())

def celsius():
    raw = i2c.readfrom_mem(TMP102, 0, 2)
    value = (raw[0] << 8 | raw[1]) >> 4
    if value & 0x800:
        value -= 4096
    return value * 0.0625

for _ in range(5):
    print("temperature: {:.2f} C".format(celsius()))
    time.sleep(1)
