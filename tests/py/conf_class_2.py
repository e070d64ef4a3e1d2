class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self):
        return "%s with area %.2f" % (self.name, self.area())


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"


class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r


shapes = [Rect(2, 3), Square(4), Circle(1.5), Shape("blob")]
for s in shapes:
    print(s.describe())
print(sorted(s.name for s in shapes))
print(isinstance(shapes[1], Rect), isinstance(shapes[1], Shape), isinstance(shapes[0], Square))
print(issubclass(Square, Shape), issubclass(Circle, Rect), issubclass(Shape, object))
total = sum(s.area() for s in shapes)
print("total %.3f" % total)
biggest = max(shapes, key=lambda s: s.area())
print("biggest:", biggest.name)
print(Square.__bases__[0].__name__, Rect.__bases__[0].__name__)
