# time.gmtime: MicroPython's 8 fields (CPython's struct_time starts with
# the same eight), across leap years, centuries and before 1970.
import time

for secs in (0, 1, 59, 86399, 86400, 951782400, 951868800, 978307199, 978307200,
             1234567890, 1700000000, 2147483647, 4102444800, -1, -86400, -2208988800,
             253402300799):
    print(secs, tuple(time.gmtime(secs))[:8])
print(tuple(time.gmtime(1.9))[:8], tuple(time.gmtime(-0.5))[:8])
