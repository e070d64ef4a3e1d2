def f(a, *, b, c=3):
    return a + b * 10 + c * 100

print(f(1, b=2))
print(f(1, b=2, c=4))
print(f(1, c=0, b=5))
print(f(a=9, b=0))

def g(*, x=1, y=2):
    return x - y

print(g(), g(x=10), g(y=10, x=1))

def h(a, b=2, *, c):
    return (a, b, c)

print(h(1, c=3))
print(h(1, 5, c=3))
