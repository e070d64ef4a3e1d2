def f(a, b):
    return a + b

def g(a, **kw):
    return a, kw

for thunk in [
    lambda: f(1, 2, 3),
    lambda: f(1),
    lambda: f(1, 2, c=3),
    lambda: f(1, a=2),
    lambda: g(1, a=2),
    lambda: f(*[1, 2, 3]),
    lambda: f(**{"a": 1}),
    lambda: f(*5),
    lambda: f(**5),
    lambda: f(**{"a": 1}, a=2),
    lambda: f(**{1: 2}),
]:
    try:
        print(thunk())
    except TypeError as e:
        print("TypeError:", e)
