def g(x):
    yield x
    return x * 10

it = g(4)
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value", e.value)
    print("args", e.args)

def plain():
    yield 1

it = plain()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args, repr(e))

def early(n):
    for i in range(n):
        if i == 2:
            return "early"
        yield i

print(list(early(5)))
it = early(5)
vals = []
while True:
    try:
        vals.append(next(it))
    except StopIteration as e:
        print("stopped with", e.value)
        break
print(vals)

def returns_tuple():
    yield 0
    return (1, 2)

it = returns_tuple()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)

def returns_none():
    yield 0
    return None

it = returns_none()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
