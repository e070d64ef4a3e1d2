"""A sample exercising most of the supported language (used by the tests)."""
import time
from machine import Pin, I2C as Bus

LIMIT = 10 ** 20
count = 0


def blink(pin, times=3, *, delay=0.5):
    global count
    for i in range(times):
        try:
            pin.toggle()
            time.sleep(delay)
        except (OSError, ValueError) as e:
            print(f"error {e!r} at {i:>3}")
            if i > 1:
                break
            continue
        except:
            raise
        else:
            count += 1
        finally:
            pin.off()
    while count < LIMIT:
        count = count * 2 + 1
        if count > 100 and not count % 7:
            return count
    assert count, "count must be positive"
    return -count


table = {"a": [1, 2, 3], "b": (4, 5)}
table["a"][0] += 100
first, (second, third) = table["b"][0], (2, 3)
label = "big" if LIMIT > 1 < count else "small"
squares = lambda n: n * n
print(blink(Pin(2), delay=0.1), squares(4), label[::-1])
