class MyInt(int):
    def double(self):
        return self * 2

m = MyInt(21)
print(m, m.double(), m + 1, 1 + m, isinstance(m, int), type(m).__name__, -m, abs(MyInt(-3)), ~m)
print(m == 21, m < 30, hash(m) == hash(21), {m: "x"}[21], {21: "y"}[m], m // 2, m % 5, m ** 2)
print(f"{m}", f"{m:5d}", f"{m:x}", "%d" % m, str(m), repr(m), int(m) + 0, float(m))
print(bool(MyInt(0)), bool(m), MyInt(), MyInt("12"), MyInt("ff", 16))
print(sorted([MyInt(3), MyInt(1)]), max(MyInt(3), 2), [10, 20, 30][MyInt(1)])

class Celsius(float):
    def fahrenheit(self):
        return self * 9 / 5 + 32

t = Celsius(25)
print(t, t.fahrenheit(), t * 2, type(t * 2).__name__, round(t), f"{t:.1f}", t > 20)

class MyStr(str):
    def shout(self):
        return self.upper() + "!"

s = MyStr("hi")
print(s, s.shout(), len(s), s + " there", "oh " + s, isinstance(s, str), s == "hi", s[0], s * 2)
print(repr(s), {s: 1}["hi"], {"hi": 2}[s], "h" in s, list(s), s.startswith("h"), f"[{s:>5}]")
print("-".join([s, s]), str(s), type(str(s)).__name__, s.split("i"))

class Tag(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
    def __repr__(self):
        return "Tag(" + str.__repr__(self) + ")"

tg = Tag("abc")
print(tg, repr(tg), [tg], len(tg))

class P(tuple):
    def first(self):
        return self[0]

p = P((1, 2))
print(p, p.first(), len(p), p + (3,), p == (1, 2), hash(p) == hash((1, 2)), list(p))
x, y = p
print(x, y)

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]

pt = Point(3, 4)
print(pt, pt.x, pt[1], type(pt).__name__)

class NewInt(int):
    def __new__(cls, v):
        return super().__new__(cls, v + 1)

print(NewInt(4), type(NewInt(4)).__name__)

class Flag(int):
    def __new__(cls, value, name):
        obj = int.__new__(cls, value)
        obj.label = name
        return obj
    def __repr__(self):
        return f"<Flag {self.label}={int(self)}>"

f = Flag(4, "four")
print(f, repr(f), f | 1, f.label, [f])
