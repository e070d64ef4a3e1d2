class Base:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        print("Base.__add__")
        return NotImplemented

    def __radd__(self, other):
        print("Base.__radd__")
        return "base-radd"

    def __lt__(self, other):
        print("Base.__lt__")
        return NotImplemented

    def __gt__(self, other):
        print("Base.__gt__")
        return False


class Derived(Base):
    def __radd__(self, other):
        print("Derived.__radd__")
        return "derived-radd"

    def __gt__(self, other):
        print("Derived.__gt__")
        return True


print(Base(1) + Derived(2))
print(Base(1) + Base(2) if False else Derived(1) + Base(2))
print(Base(1) < Derived(2))
print(Derived(1) < Base(2))
print(5 + Base(1))
try:
    Base(1) + 5
except TypeError as e:
    print("TypeError:", e)
