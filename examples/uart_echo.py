# Echo lines received on UART0 back in upper case.
from machine import UART
import time

uart = UART(0, baudrate=115200)
uart.write("ready\n")
deadline = time.ticks_add(time.ticks_ms(), 2000)
while time.ticks_diff(deadline, time.ticks_ms()) > 0:
    line = uart.readline()
    if line:
        uart.write(line.decode().upper())
        print("echoed", line)
    time.sleep_ms(10)
