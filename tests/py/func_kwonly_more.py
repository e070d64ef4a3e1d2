def f(a, *, b, c=3):
    return a, b, c

print(f(1, b=2), f(1, c=4, b=5))
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)

def g(*args, sep="-"):
    return sep.join(args)
print(g("a", "b", "c"), g("x", "y", sep="+"))

def h(*, x, y):
    return x - y
print(h(y=1, x=10))
try:
    h(1, 2)
except TypeError as e:
    print(e)
try:
    h(x=1)
except TypeError as e:
    print(e)
