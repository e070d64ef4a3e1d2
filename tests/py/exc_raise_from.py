def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError("cannot parse " + repr(s)) from e

try:
    parse("x1")
except TypeError as e:
    print(e)
    print(isinstance(e, TypeError), isinstance(e, ValueError))
print(parse("12"))
try:
    raise KeyError("k") from None
except KeyError as e:
    print(e)
try:
    raise ValueError("outer") from ZeroDivisionError("inner")
except ValueError as e:
    print(e, e.args)
