def worker():
    while True:
        try:
            x = yield "ready"
            print("got", x)
        except KeyError as e:
            print("handled KeyError", e)
        except ValueError:
            print("handled ValueError, leaving")
            return "bye"

w = worker()
print(next(w))
print(w.send(1))
print(w.throw(KeyError("k")))
print(w.throw(KeyError))
try:
    w.throw(ValueError)
except StopIteration as e:
    print("stopped:", e.value)

def fragile():
    yield 1
    yield 2

f = fragile()
next(f)
try:
    f.throw(RuntimeError("injected"))
except RuntimeError as e:
    print("propagated", e)
print(list(f))

g = fragile()
try:
    g.throw(IndexError("before start"))
except IndexError as e:
    print("unstarted", e)
print(list(g))

def catch_all():
    try:
        yield 1
    except Exception as e:
        print("caught", type(e).__name__)
        yield "after"

c = catch_all()
next(c)
print(c.throw(ZeroDivisionError("x")))
try:
    next(c)
except StopIteration:
    print("finished")
try:
    c.throw(TypeError("late"))
except TypeError as e:
    print("late throw", e)
try:
    c.throw(42)
except TypeError as e:
    print("not an exception:", type(e).__name__)
