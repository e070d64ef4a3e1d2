from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p))
x, y = p
print(x, y)
print(p == (1, 2), p == Point(1, 2), hash(p) == hash((1, 2)))
print(type(p).__name__, isinstance(p, tuple), isinstance(p, Point))
print(p._fields, Point._fields)
print(p._asdict())
print(p._replace(x=10))
print(Point._make([3, 4]))
P3 = namedtuple('P3', 'a b c', defaults=[0, 9])
print(P3(1), P3(1, 2), P3(a=5, c=1))
Q = namedtuple('Q', 'a, b')
print(Q(b=1, a=2))
print(list(p), tuple(p), p + (3,), p[:1])
print(sorted([Point(2, 1), Point(1, 5)]))
class V(namedtuple('V', 'x y')):
    def norm(self):
        return self.x * self.x + self.y * self.y
    @property
    def s(self):
        return self.x + self.y
v = V(3, 4)
print(v, v.norm(), v.s, isinstance(v, tuple))
class W(namedtuple('W', 'a')):
    def __repr__(self):
        return 'W!' + str(self.a)
print(W(1), [W(2)])
d = {p: 'pt'}
print(d[(1, 2)])
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
try:
    namedtuple('X', 'a a')
except ValueError as e:
    print(e)
R = namedtuple('R', 'a def b', rename=True)
print(R._fields)
print(P3._field_defaults)
print(f"{p}", str(p), repr(p))
print(p.count(1), p.index(2))
print(Point)
try:
    p.z
except AttributeError as e:
    print(e)
