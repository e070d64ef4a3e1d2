class Base:
    def __init__(self, value):
        self.value = value
        print("Base init", value)

    def show(self):
        return "Base:" + str(self.value)

    @classmethod
    def make(cls, v):
        return cls(v)


class Child(Base):
    def __init__(self, value, extra):
        super(Child, self).__init__(value)
        self.extra = extra
        print("Child init", extra)

    def show(self):
        return "Child(" + super().show() + ", " + str(self.extra) + ")"


class GrandChild(Child):
    def __init__(self):
        super().__init__(1, 2)

    def show(self):
        return "GC[" + super(GrandChild, self).show() + "]"


c = Child(5, "x")
print(c.show())
g = GrandChild()
print(g.show())
b = Base.make(9)
print(type(b).__name__, b.show())


class Plain:
    def __init__(self):
        super().__init__()
        self.ok = True


print(Plain().ok)
