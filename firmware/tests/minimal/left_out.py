# The minimal VM (the LM3S6965 build) leaves parts of the language out to fit
# 244 KiB of flash. Using one raises an exception naming the vm feature; the
# rest of the language works. `cargo xtask firmware-test` checks this output.
import time


def attempt(what, f):
    try:
        print(what, "->", f())
    except (NotImplementedError, ImportError) as e:
        print(what, "->", type(e).__name__ + ":", e)


async def coroutine():
    return 1


def import_math():
    import math

    return math.pi


def subclass():
    class Celsius(int):
        pass

    return Celsius(3)


attempt("true division", lambda: 7 / 2)
attempt("negative power", lambda: 2 ** -1)
attempt("float()", lambda: float(3))
attempt("set display", lambda: {1, 2})
attempt("set()", lambda: set())
attempt("format spec", lambda: "{:>4}".format(7))
attempt("f-string spec", lambda: f"{7:03}")
attempt("format()", lambda: format(7, "x"))
attempt("% formatting", lambda: "%d items" % 3)
attempt("str.title", lambda: "ab cd".title())
attempt("str.partition", lambda: "a=b".partition("="))
attempt("bytes.upper", lambda: b"ab".upper())
attempt("subclass of int", subclass)
attempt("async def", coroutine)
attempt("import math", import_math)

# What stays: ints (big ones too), str, list, tuple, dict, classes,
# exceptions, generators, comprehensions, plain f-strings and str.format.
print(7 // 2, 7 % 2, 2 ** 100, -(2 ** 63) // 3)
print([x * x for x in range(5)], {"a": 1, "b": (2, 3)}, f"{7} {'x'!r}")
print("{} + {} = {}".format(1, 2, 1 + 2), "ab".upper(), "a,b".split(","))
print(b"ab" + bytes([99]), bytearray(b"xy"), "x" * 3)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point({}, {})".format(self.x, self.y)


def evens(n):
    for i in range(n):
        if i % 2 == 0:
            yield i


print(Point(1, 2), list(evens(7)), sorted([3, 1, 2], reverse=True))
print(type(time.time()).__name__, time.ticks_diff(time.ticks_ms(), time.ticks_ms()) <= 0)
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e)
