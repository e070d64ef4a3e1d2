class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self.__mul__(k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __eq__(self, o):
        return isinstance(o, Vec) and self.x == o.x and self.y == o.y

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)


a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, -a)
print(abs(b))
print(a == Vec(1, 2), a != b, a == (1, 2))
c = a
c += b
print(c, a)
print(sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)))
try:
    print(a + 1)
except AttributeError:
    print("cannot add int")
print("x" * a)
print(a * 0.5)
