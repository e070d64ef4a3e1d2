class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"Animal({self.name!r})"
class Dog(Animal):
    def speak(self):
        return super().speak() + " (woof)"
d = Dog("rex")
print(d.speak(), d, [d], d.kind, Dog.kind, isinstance(d, Animal), issubclass(Dog, Animal))
print(type(d).__name__, Dog.__name__, Dog.__mro__ if False else [c.__name__ for c in Dog.__mro__])
print(getattr(d, "name"), getattr(d, "zz", "dflt"), hasattr(d, "speak"))
setattr(d, "age", 3)
print(d.age, vars(d) if False else sorted(d.__dict__))
delattr(d, "age")
print(hasattr(d, "age"))
