def f():
    def g():
        return x
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    x = 1
    return g()
print(f())

def h():
    def g():
        return y
    y = 5
    del y
    try:
        g()
    except NameError as e:
        print(type(e).__name__)
h()

def k():
    z = 1
    def use():
        return z
    del z
    try:
        print(z)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
k()

def m():
    def inner():
        nonlocal q
        q = 3
    q = 0
    inner()
    return q
print(m())
