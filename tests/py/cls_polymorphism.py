class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area")

    def __str__(self):
        return f"{type(self).__name__} with area {self.area():.2f}"


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


for s in [Circle(1), Square(2), Circle(0.5)]:
    print(s)
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)

shapes = [Square(3), Circle(2), Square(1)]
shapes.sort(key=lambda s: s.area())
print((type(shapes[0]).__name__, type(shapes[2]).__name__))
m = shapes[0].area
print(m(), m.__name__)
f = Square.area
print(f(Square(5)))
print(Square.area(Square(6)))


class Animal:
    sound = "..."

    def speak(self):
        return f"{self.name} says {self.sound}"

    def __init__(self, name):
        self.name = name


class Cat(Animal):
    sound = "meow"


class Lion(Cat):
    sound = "roar"

    def speak(self):
        return super().speak().upper()


for a in (Animal("generic"), Cat("tom"), Lion("leo")):
    print(a.speak())
c = Cat("kit")
c.sound = "purr"
print(c.speak(), Cat("x").speak())
print(Lion.__bases__[0].__name__, Lion.__mro__[1].__name__)
