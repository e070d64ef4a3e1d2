def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

a = averager()
print(next(a))
print(a.send(10))
print(a.send(30))
print(a.send(5))

def accumulate():
    items = []
    while True:
        x = yield len(items)
        if x is None:
            return items
        items.append(x)

acc = accumulate()
print(acc.send(None))
print(acc.send("a"))
print(acc.send("b"))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)

def echo():
    received = yield "ready"
    while True:
        received = yield "echo: " + str(received)

e = echo()
print(next(e))
print(e.send(1))
print(e.send("two"))
print(next(e))

def gen():
    x = yield
    print("x is", x)
    y = yield
    print("y is", y)

g = gen()
g.send(None)
g.send(42)
try:
    g.send([1, 2])
except StopIteration:
    print("done")
