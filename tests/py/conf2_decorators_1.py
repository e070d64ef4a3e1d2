
def deco(f):
    def wrapper(*a, **k):
        print("calling", f.__name__, a, k)
        return f(*a, **k)
    return wrapper
@deco
def add(a, b=2):
    return a + b
print(add(1), add(1, b=5))
def repeat(n):
    def d(f):
        def w(*a):
            return [f(*a) for _ in range(n)]
        return w
    return d
@repeat(3)
def hi(x):
    return "hi" + x
print(hi("!"))
def trace(f):
    f.calls = 0
    def w(*a):
        w.calls += 1
        return f(*a)
    w.calls = 0
    return w
@trace
def sq(x): return x * x
sq(2); sq(3)
print(sq.calls)
