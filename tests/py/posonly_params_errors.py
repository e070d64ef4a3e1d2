def f(a, b=2, /, c=3, *args, d, **kw):
    return a, b, c, args, d, kw
print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, a=7, b=8))
try:
    f(d=1)
except TypeError as e:
    print(e)
def g(a, b, /):
    return a + b
try:
    g(1)
except TypeError as e:
    print(e)
try:
    g(1, 2, 3)
except TypeError as e:
    print(e)
try:
    g(a=1, b=2)
except TypeError as e:
    print(e)
try:
    g(1, 2, z=3)
except TypeError as e:
    print(e)
print((lambda x, /, y=5: x * y)(2))
def h(a, /, *, b):
    return a, b
print(h(1, b=2))
print(sorted([3, 1, 2], key=lambda v, /: -v))
