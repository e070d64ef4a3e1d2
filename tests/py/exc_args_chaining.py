for e in [ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), IndexError(3)]:
    print(type(e).__name__, e.args, len(e.args), repr(str(e)))
try:
    raise ValueError("bad", 42)
except ValueError as e:
    print(e.args[0], e.args[1], e)
def inner():
    raise KeyError("missing")
def outer():
    try:
        inner()
    except KeyError as e:
        raise RuntimeError("wrapped") from e
try:
    outer()
except RuntimeError as e:
    print(e, repr(e.__cause__), type(e.__cause__).__name__, e.__cause__.args)
    print(e.__context__ is e.__cause__)
try:
    try:
        1 // 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(e, type(e.__context__).__name__, e.__cause__)
try:
    try:
        raise TypeError("t")
    except TypeError:
        raise ValueError("v") from None
except ValueError as e:
    print(e.__cause__, type(e.__context__).__name__)
e = ValueError("x")
print(e.__cause__, e.__context__)
