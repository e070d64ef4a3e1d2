def a():
    try:
        1 / 0
    except ZeroDivisionError as e:
        get = lambda: type(e).__name__
        print(get())
    try:
        print(get())
    except NameError as ex:
        print("NameError", ex)
a()

def b(p):
    f = lambda: p
    del p
    try:
        f()
    except NameError as e:
        print(e)
b(1)

def c():
    x = 0
    def inc():
        nonlocal x
        x += 1
    def read():
        return x
    inc(); inc()
    return read()
print(c())

def d(ps):
    return [[x * p for x in range(p)] for p in ps]
print(d([1, 2, 3]))

def e():
    k = 5
    def inner(f=lambda: k * 2):
        return f()
    return inner()
print(e())

def f():
    def rec(n):
        return 0 if n == 0 else 1 + rec(n - 1)
    r = rec
    def rec(n):
        return -1
    return r(3)
print(f())

def g():
    x = 1
    def h():
        x = 2
        def i():
            return x
        return i()
    return h(), x
print(g())

def outer():
    v = []
    def add(*items, **named):
        v.extend(items)
        v.extend(sorted(named.values()))
        return len(v)
    add(1, 2)
    add(z=3, y=4)
    return v
print(outer())

x = 10
def uses_global_then_local():
    try:
        print(x)
    except UnboundLocalError as e:
        print(e)
    x = 5
    return x
print(uses_global_then_local())

def loops():
    fns = {}
    for name in ["a", "b"]:
        fns[name] = lambda name=name: name.upper()
    return {k: f() for k, f in fns.items()}
print(loops())

def comp_shadow(x):
    return [x for x in range(x)]
print(comp_shadow(3))

def lambda_nested():
    return (lambda a: (lambda b: (lambda c: a + b + c)))(1)(2)(3)
print(lambda_nested())
