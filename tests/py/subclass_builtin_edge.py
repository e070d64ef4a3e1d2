# errors and edge cases
class L(list):
    pass
try:
    L()[5]
except IndexError as e:
    print("IndexError", e)
try:
    hash(L())
except TypeError as e:
    print("TypeError", e)
try:
    class Bad(list, dict):
        pass
except TypeError as e:
    print("TypeError", e)
class M(L):
    def __iter__(self):
        return iter([9, 9])
m = M([1, 2, 3])
print(list(m), len(m), m[0], sum(m))
class Base:
    def hello(self):
        return "hi " + str(len(self))
class Mixed(Base, list):
    pass
x = Mixed([1, 2])
print(x.hello(), x, isinstance(x, Base), isinstance(x, list))
class D2(dict):
    def __init__(self):
        super().__init__()
        self["k"] = 0
d = D2()
d["k"] += 5
print(d, d.keys(), list(d.values()))
class Vec(tuple):
    def __add__(self, o):
        return Vec(a + b for a, b in zip(self, o))
    def __repr__(self):
        return "Vec" + tuple.__repr__(self)
print(Vec((1, 2)) + Vec((3, 4)))
class Money(int):
    def __str__(self):
        return "$" + str(int(self))
print(Money(5), str(Money(5)), repr(Money(5)), f"{Money(5)}", [Money(5)])
class S(str):
    def __str__(self):
        return "S!"
print(S("a"), repr(S("a")), S("a") + "b")
class UL(list):
    def __contains__(self, x):
        return True
print(5 in UL(), 5 in L())
class Sq(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i) ** 2
s = Sq([1, 2, 3])
print(s[2], list(s), [v for v in s])
class Ord(dict):
    def __repr__(self):
        return "Ord(" + dict.__repr__(self) + ")"
print(Ord(a=1), str(Ord()))
class I(int):
    pass
print(I(3) + I(4), type(I(3) + I(4)).__name__, I(7) // I(2), divmod(I(7), 2), range(I(3)))
print(sorted({I(2): "b", I(1): "a"}.items()), I(1) == 1.0, I(5) in [1, 5])
print(isinstance(I(1), int), isinstance(True, I), issubclass(I, int), I.__name__, I.__bases__ == (int,))
