class A:
    def who(self):
        return "A"
    def hello(self):
        return "hello from A"

class B(A):
    def who(self):
        return "B" + super().who()

class C(A):
    def who(self):
        return "C" + super().who()
    def hello(self):
        return "hello from C"

class D(B, C):
    def who(self):
        return "D" + super().who()

d = D()
print(d.who())
print(d.hello())
print(D.__mro__)
print(isinstance(d, C), issubclass(D, A))

class Mixin:
    def greet(self):
        return "hi, I am " + self.name

class Person:
    def __init__(self, name):
        self.name = name

class Greeter(Mixin, Person):
    pass

print(Greeter("ann").greet())
print(Greeter.__bases__)

class X: pass
class Y: pass
class Z(X, Y): pass
print(Z.__mro__)
try:
    class Bad(X, Z):
        pass
except TypeError as e:
    print("TypeError:", e)
