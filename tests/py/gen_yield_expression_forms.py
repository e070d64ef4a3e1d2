def g():
    x = yield
    print("x", x)
    y = (yield 1) + 10
    print("y", y)
    z = [(yield 2), (yield 3)]
    print("z", z)
    print("arg", (yield 4))
    w = yield
    return w

it = g()
print(next(it))
print(it.send("first"))
print(it.send(5))
print(it.send("p"))
print(it.send("q"))
print(it.send("r"))
try:
    it.send("last")
except StopIteration as e:
    print("ret", e.value)

def conditional(flag):
    v = (yield "a") if flag else "b"
    yield v

print(list(conditional(True)))
print(list(conditional(False)))

def yield_tuple():
    yield 1, 2
    yield (3, 4)
    a, b = yield
    yield a + b

it = yield_tuple()
print(next(it), next(it), next(it))
print(it.send((5, 6)))

def dict_yield():
    d = {"k": (yield "key?")}
    yield d

it = dict_yield()
print(next(it))
print(it.send("v"))

def yield_in_while_cond():
    n = 0
    while (yield n) != "stop":
        n += 1

it = yield_in_while_cond()
print(next(it), it.send("go"), it.send("go"))
try:
    it.send("stop")
except StopIteration:
    print("stopped")
