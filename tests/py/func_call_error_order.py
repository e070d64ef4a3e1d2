def f(a):
    pass
def g(a, *, b):
    pass
def h(a, **kw):
    return kw
for t in [lambda: f(1, 2, b=3), lambda: f(1, 2, a=3), lambda: g(1, 2, c=3),
          lambda: g(1, 2, b=3), lambda: h(1, 2, z=3), lambda: f(), lambda: g(),
          lambda: g(1), lambda: f(b=1), lambda: h(1, a=2)]:
    try:
        print(t())
    except TypeError as e:
        print(e)
def many(a, b, c, d):
    pass
for t in [lambda: many(), lambda: many(1), lambda: many(1, 2, 3), lambda: many(d=1, c=2)]:
    try:
        t()
    except TypeError as e:
        print(e)
def kwo(*, x, y, z):
    pass
try:
    kwo()
except TypeError as e:
    print(e)
def defs(a, b=1, c=2):
    return a + b + c
print(defs(1), defs(1, c=10), defs(a=0, b=0))
try:
    defs(1, 2, 3, 4)
except TypeError as e:
    print(e)
