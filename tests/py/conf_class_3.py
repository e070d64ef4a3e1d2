class A:
    def who(self):
        return "A"

    def chain(self):
        return ["A"]


class B(A):
    def who(self):
        return "B>" + super().who()

    def chain(self):
        return ["B"] + super().chain()


class C(A):
    def who(self):
        return "C>" + super().who()

    def chain(self):
        return ["C"] + super().chain()


class D(B, C):
    def who(self):
        return "D>" + super().who()

    def chain(self):
        return ["D"] + super().chain()


d = D()
print(d.who())
print(d.chain())
print(B().chain(), C().chain(), A().chain())
print(isinstance(d, C), issubclass(D, A))


class Mixin:
    def hello(self):
        return "hello from " + self.tag()


class Base:
    def tag(self):
        return "Base"


class Combo(Mixin, Base):
    pass


print(Combo().hello())
print(isinstance(Combo(), Mixin), isinstance(Combo(), Base))
