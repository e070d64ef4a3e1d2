def three():
    yield 1
    yield 2
    yield 3

a, b, c = three()
print(a, b, c)
try:
    x, y = three()
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r, s = three()
except ValueError as e:
    print("ValueError:", e)

g = three()
print(type(g).__name__)
print(isinstance(g, int))
print(callable(three), callable(g))
print(three.__name__)
def identity():
    yield
print(list(identity()))
f = lambda: 0
print(f())
try:
    len(three())
except TypeError as e:
    print("TypeError:", e)
try:
    three()[0]
except TypeError as e:
    print("TypeError:", e)
print(bool(three()))
try:
    next(three)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(three().__name__)
def named():
    yield
print(named().__name__, named.__name__)
