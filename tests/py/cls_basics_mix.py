class Point:
    """A point."""
    count = 0

    def __init__(self, x, y=0):
        self.x = x
        self.y = y
        Point.count += 1

    def dist2(self):
        return self.x * self.x + self.y * self.y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return self.x == other.x and self.y == other.y

p = Point(3, 4)
print(p.dist2(), p.x, p.y)
q = Point(1, y=2)
print(p + q, [p, q], (p,), {'a': p})
print(Point.count, p.count)
print(p == Point(3, 4), p != q, p == 3)
print(type(p).__name__, type(p) is Point, Point)
print(isinstance(p, Point), isinstance(3, Point), isinstance(p, (int, Point)))
print(str(p), repr(p))

class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return self.name + " says " + self.speak()

class Dog(Animal):
    def speak(self):
        return "Woof"

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + "!"

for a in [Animal("x"), Dog("rex"), Puppy("bit", 1)]:
    print(a.describe())
print(issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(Puppy.__mro__)
print(Puppy.__bases__, Animal.__bases__)

class MyError(ValueError):
    pass

class CodeError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

try:
    raise MyError("bad")
except ValueError as e:
    print("caught", type(e).__name__, e, e.args, repr(e))

try:
    raise CodeError(42, "oops")
except CodeError as e:
    print(e.code, e, e.args)

try:
    raise MyError
except MyError as e:
    print("class raise", repr(e))
