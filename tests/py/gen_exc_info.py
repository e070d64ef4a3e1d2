def in_except():
    try:
        raise ValueError("inner")
    except ValueError:
        yield "in except"
        try:
            raise
        except ValueError as e:
            yield "reraised " + str(e)

it = in_except()
print(next(it))
try:
    raise KeyError("outer")
except KeyError:
    print(next(it))
try:
    raise
except RuntimeError as e:
    print("no active exception:", e)

def gen_ok():
    yield 1
    yield 2

try:
    raise TypeError("t")
except TypeError:
    g = gen_ok()
    print(next(g))
    try:
        raise
    except TypeError as e:
        print("still handling", e)

def context_chain():
    try:
        yield 1
    except KeyError:
        raise ValueError("from generator")

c = context_chain()
next(c)
try:
    c.throw(KeyError("k"))
except ValueError as e:
    print(type(e.__context__).__name__, e.__context__)
