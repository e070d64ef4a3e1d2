def f(a, L=[]):
    L.append(a)
    return L
print(f(1), f(2))
def g(a, L=None):
    if L is None:
        L = []
    L.append(a)
    return L
print(g(1), g(2))
def h(x, *, y=10, **rest):
    return x, y, rest
print(h(1), h(1, y=2, z=3))
print(f.__name__, g.__defaults__ if hasattr(g, "__defaults__") else (None,))
