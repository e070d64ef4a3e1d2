def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6, d=7))
print(f(*[1, 2, 3], **{"c": 9, "z": 0}))
def g(*, k): return k
print(g(k=1))
try:
    g(1)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
def h(a, b): return a - b
print(h(b=1, a=5), h(*(5, 1)), h(**{"a": 3, "b": 1}))
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *rest = "hello"
print(first, rest)
print(*[1, 2], *"ab", sep="-", end="!\n")
