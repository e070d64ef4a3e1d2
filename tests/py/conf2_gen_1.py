def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(4)), sum(count(5)))
g = count(2)
print(next(g), next(g), next(g, "done"))
def echo():
    v = yield "start"
    while True:
        v = yield "got " + str(v)
e = echo()
print(next(e), e.send(1), e.send("x"))
def deleg():
    r = yield from count(3)
    yield "end"
print(list(deleg()))
def ret():
    yield 1
    return 99
g = ret()
next(g)
try:
    next(g)
except StopIteration as s:
    print("ret", s.value)
print(list(x * x for x in range(5) if x % 2), sum(x for x in range(10)))
