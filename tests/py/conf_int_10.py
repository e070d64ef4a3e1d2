import math

def reduce_frac(n, d):
    if d == 0:
        raise ZeroDivisionError("zero denominator")
    g = math.gcd(n, d)
    n, d = n // g, d // g
    if d < 0:
        n, d = -n, -d
    return n, d

class Frac:
    def __init__(self, n, d=1):
        self.n, self.d = reduce_frac(n, d)

    def __add__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __sub__(self, o):
        return self + Frac(-o.n, o.d)

    def __mul__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.n, self.d * o.d)

    def __truediv__(self, o):
        return Frac(self.n * o.d, self.d * o.n)

    def __eq__(self, o):
        return (self.n, self.d) == (o.n, o.d)

    def __lt__(self, o):
        return self.n * o.d < o.n * self.d

    def __float__(self):
        return self.n / self.d

    def __repr__(self):
        return "%d/%d" % (self.n, self.d) if self.d != 1 else str(self.n)

a, b = Frac(1, 2), Frac(3, -4)
print(a, b, a + b, a - b, a * b, a / b)
print(Frac(6, 8), Frac(0, 5), Frac(10, 5), Frac(-3, -9))
h = sum(Frac(1, k) for k in range(1, 11))
print(h, float(h))
print(sorted([Frac(2, 3), Frac(1, 2), Frac(5, 6), Frac(-1, 3)]))
print(Frac(1, 3) == Frac(2, 6), a * 4, 1 + a)
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
x = Frac(1)
for _ in range(5):
    x = (x + Frac(2) / x) * Frac(1, 2)
print(x.n > 10 ** 10, "%.15f" % float(x), "%.15f" % math.sqrt(2))
