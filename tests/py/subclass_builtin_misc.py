class L(list):
    pass
x = L([1, 2])
print(*x)
def f(a, b):
    return a + b
print(f(*x), x.__class__.__name__, type(x) == list, isinstance(x, (dict, list)))
class D(dict):
    pass
d = D(a=1, b=2)
def g(a, b):
    return a * 10 + b
print(g(**d), dict(**d), {**d, "c": 3})
print([*x, *L([3])], (*x,), set(x) == {1, 2})
for i, v in enumerate(x):
    print(i, v)
print(list(zip(x, L("ab"))), list(map(str, x)), any(x), all(L()), min(L([4, 2])))
x.v = 5
print(vars(x), x.v)
class Color(int):
    names = {}
    def __new__(cls, v, name):
        o = super().__new__(cls, v)
        cls.names[v] = name
        return o
    def __str__(self):
        return Color.names[int(self)]
RED = Color(1, "red")
print(RED, RED + 1, RED == 1, int(RED), repr(RED), f"{RED!r}", [1, 2][RED])
class S(str):
    pass
s = S("b")
print(s < "c", max(S("a"), S("z")), str.upper(s), s.format(), "x{}".format(s), s.encode(), s in {"b": 1})
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError", e)
class FL(float):
    pass
import math
print(math.sqrt(FL(16.0)), FL(1.5).is_integer(), FL(2) ** 2, -FL(1.5), abs(FL(-2.5)))
class T(tuple):
    pass
t = T([1, 2, 3])
print(t[1:], type(t[1:]).__name__, t.count(1), t.index(3), sorted(t, reverse=True), t * 2)
a, *b = t
print(a, b)
