class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")


class Sq(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Blob(Shape):
    pass


print(issubclass(Sq, Shape), issubclass(Blob, Shape))
print(hasattr(Blob(), "area"), hasattr(Sq(1), "s"), hasattr(Blob(), "s"))
for shape in [Sq(2), Sq(5), Blob()]:
    print(type(shape).__name__, "area:", shape.area())
