class DataError(Exception):
    pass


def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise DataError("cannot parse %r" % s) from e


for s in ["12", "x1"]:
    try:
        print(parse(s))
    except DataError as e:
        print("DataError:", e)
        print("cause:", type(e.__cause__).__name__, "-", e.__cause__)


def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError("no key " + k)


try:
    lookup({}, "zz")
except LookupError as e:
    print(type(e).__name__, e, "| cause:", e.__cause__)


def suppress():
    try:
        {}["a"]
    except KeyError:
        raise ValueError("replaced") from None


try:
    suppress()
except ValueError as e:
    print(e, e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise RuntimeError("wrapped") from inner
except RuntimeError as outer:
    c = outer.__cause__
    print(type(outer).__name__, outer, "<-", type(c).__name__, c, isinstance(c, ArithmeticError))
