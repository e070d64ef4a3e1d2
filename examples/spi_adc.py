# Read a potentiometer through an MCP3008 10-bit ADC on SPI0, chip select
# on GP17, twice a second. In the simulator the MCP3008 comes from
# spi_adc.stim.toml (or the desktop board view's SPI panel); with no device
# on the bus MISO floats high and every reading is 1023.
from machine import SPI, Pin
import time

cs = Pin(17, Pin.OUT, value=1)
spi = SPI(0, baudrate=1_000_000, polarity=0, phase=0)
buf = bytearray(3)


def read_channel(ch):
    # Start bit, single-ended, channel; the 10-bit result ends the reply.
    cs(0)
    spi.write_readinto(bytes([0x01, 0x80 | ch << 4, 0x00]), buf)
    cs(1)
    return (buf[1] & 0x03) << 8 | buf[2]


for _ in range(6):
    raw = read_channel(0)
    print("pot: {:4d} = {:d} mV".format(raw, raw * 3300 // 1024))
    time.sleep_ms(500)
