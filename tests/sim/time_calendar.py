# time.localtime/gmtime/mktime as MicroPython's: 8-tuples, UTC, seconds
# from the board's time origin (1970-01-01, what time.time() counts from).
import time

print(time.localtime())
time.sleep(90061)
print(time.localtime(), time.gmtime() == time.localtime())
print(time.mktime((2024, 2, 29, 12, 30, 15, 0, 0)))
print(time.localtime(time.mktime((2024, 2, 29, 12, 30, 15, 0, 0))))
# Out-of-range fields carry over, as C's mktime.
print(time.mktime((2023, 14, 1, 0, 0, 0, 0, 0)) == time.mktime((2024, 2, 1, 0, 0, 0, 0, 0)))
print(time.mktime((2000, 1, 1, 0, 0, 0, 5, 1, 0)))
for bad in ((2000, 1, 1), "2000", (2000, 1, 1, 0, 0, 1.5, 0, 0)):
    try:
        time.mktime(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
