def g():
    x = yield 1
    yield x

it = g()
try:
    it.send(5)
except TypeError as e:
    print("TypeError", e)
print(it.send(None))
print(it.send(7))
try:
    it.send(8)
except StopIteration:
    print("stop")
try:
    it.send(9)
except StopIteration:
    print("stop again")
try:
    next(it)
except StopIteration:
    print("still stopped")
print(next(it, "default"))
