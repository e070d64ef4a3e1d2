def f():
    try:
        raise ValueError("inner")
    except ValueError:
        try:
            raise TypeError("mid")
        except TypeError as t:
            return repr(t.__context__)
print(f())
try:
    try:
        1 / 0
    finally:
        print("cleanup before propagate")
except ZeroDivisionError:
    print("caught zde")
def g():
    try:
        raise KeyError(1)
    except KeyError as e:
        err = e
    return err
print(repr(g()))
try:
    raise ValueError("a")
except ValueError as e:
    ex = e
print(ex, type(ex))
