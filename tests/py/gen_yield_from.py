def inner():
    x = yield "i1"
    print("inner received", x)
    y = yield "i2"
    print("inner received", y)
    return x + y

def outer():
    result = yield from inner()
    print("inner returned", result)
    yield "o1"
    return "outer done"

o = outer()
print(next(o))
print(o.send(3))
print(o.send(4))
try:
    next(o)
except StopIteration as e:
    print(e.value)

def flatten(items):
    for item in items:
        if type(item) is list:
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, 4], 5], [[6]], 7])))

def concat(a, b):
    yield from a
    yield from b

print(list(concat([1, 2], (3, 4))))
print(list(concat("ab", range(2))))
print(list(concat({"k": 1}, [])))

def empty():
    return 5
    yield

def uses_empty():
    v = yield from empty()
    yield v

print(list(uses_empty()))

def counter(n):
    for i in range(n):
        yield i
    return n

def total_of_counters():
    a = yield from counter(2)
    b = yield from counter(3)
    return a + b

t = total_of_counters()
print(list(t))
t = total_of_counters()
while True:
    try:
        next(t)
    except StopIteration as e:
        print("sum of returns", e.value)
        break
