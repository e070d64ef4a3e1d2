class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def _key(self):
        return (self.major, self.minor)

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __le__(self, other):
        return self._key() <= other._key()

    def __repr__(self):
        return f"v{self.major}.{self.minor}"


a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a == c, a != c, a == b, a != b, a is c)
print(a < b, a <= c, b > a, b >= a, a > b)
print(a == 1, a != "x")
vs = [Version(2, 0), Version(1, 5), Version(1, 0)]
print(sorted(vs) if False else vs)
print(max(1, 2))

class Plain:
    pass

p, q = Plain(), Plain()
print(p == p, p == q, p != q)
try:
    p < q
except TypeError as e:
    print("TypeError:", e)
try:
    a < 3
except (TypeError, AttributeError) as e:
    print(type(e).__name__)

class Weird:
    def __eq__(self, other):
        return "yes"

print(Weird() == 1, Weird() != 1)
