def f(a, b, /, c, d=4, *, e=5):
    return (a, b, c, d, e)
print(f(1, 2, 3))
print(f(1, 2, c=3, e=6))
try:
    f(1, b=2, c=3)
except TypeError as e:
    print(e)
def g(a, /, **kw):
    return a, kw
print(g(1, a=2))
def h(x=1, /):
    return x
print(h(), h(5))
try:
    h(x=3)
except TypeError as e:
    print(e)
l = lambda a, /, b: a - b
print(l(5, b=2))
class C:
    def m(self, a, /, b):
        return a + b
print(C().m(1, b=2))
try:
    C().m(a=1, b=2)
except TypeError as e:
    print(e)
