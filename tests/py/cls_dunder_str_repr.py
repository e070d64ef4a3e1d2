class A:
    def __str__(self):
        return "A-str"

    def __repr__(self):
        return "A-repr"


class B:
    def __repr__(self):
        return "B()"


class C:
    def __str__(self):
        return "C-str"


a, b = A(), B()
print(a, b)
print(str(a), repr(a), str(b), repr(b))
print([a, b], (a,), {"k": a})
print(f"{a} {a!r} {b} {b!s} {a:>8}|" if False else f"{a} {a!r} {b} {b!s}")
print("x" + str(a))
print(str(C()), C())
print(repr(A), A, str(B))
print("%s" % "fmt" if False else "{}".format("fmt"))


class Bad:
    def __str__(self):
        return 42


try:
    str(Bad())
except TypeError as e:
    print("TypeError:", e)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point(x={self.x!r}, y={self.y!r})"


print(Point(1, "a"))
print([Point(1, 2), [Point(3, 4)]])
print(f"{Point(0, 0)}")
