def leaks():
    yield 1
    raise StopIteration("oops")

try:
    for x in leaks():
        print(x)
except RuntimeError as e:
    print("RuntimeError:", e)
    print(type(e.__cause__).__name__, e.__cause__)

def calls_next_on_empty():
    it = iter([])
    yield next(it)

try:
    print(list(calls_next_on_empty()))
except RuntimeError as e:
    print("RuntimeError:", e)

def guarded():
    it = iter([1])
    while True:
        try:
            v = next(it)
        except StopIteration:
            return "clean"
        yield v

g = guarded()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("clean stop", e.value)

def thrown():
    yield 1

t = thrown()
next(t)
try:
    t.throw(StopIteration)
except RuntimeError as e:
    print("thrown StopIteration becomes", type(e).__name__)
