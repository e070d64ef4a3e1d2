class Base:
    def __init__(self, a):
        self.a = a
    def describe(self):
        return f"{type(self).__name__}(a={self.a})"
class Child(Base):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
    def describe(self):
        return super().describe() + f"+b={self.b}"
class GrandChild(Child):
    pass
g = GrandChild(1, 2)
print(g.describe(), isinstance(g, Base), GrandChild.__bases__[0].__name__)
print(Base.describe(g), type(g) is GrandChild, type(g) == Child)
