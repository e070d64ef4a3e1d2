class Shape:
    def area(self): raise NotImplementedError("subclass must implement")
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
for sh in [Sq(2), Shape()]:
    try:
        print(sh.area())
    except NotImplementedError as e:
        print("NIE", e)
print(isinstance(Sq(1), (int, Shape)), issubclass(Sq, (str, Shape)))
print(str(Sq), Sq.__qualname__, Sq(3).__class__.__mro__[1].__name__)
