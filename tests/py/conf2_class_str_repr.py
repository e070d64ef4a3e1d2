class A: pass
class B:
    def __str__(self): return "B-str"
class C:
    def __repr__(self): return "C-repr"
print(str(B()), repr(C()), str(C()), [B()] if False else [C()], f"{B()}", "%s %r" % (B(), C()))
print(str(A()).startswith("<__main__.A object at"), A.__name__, A.__qualname__, A.__module__)
print(repr(A).startswith("<class"), str(type(A())), type(1), type("s"), type([]), type(None), type(len))
print(repr(int), repr(len), repr(print), type(type), isinstance(A, type))
class E(Exception):
    def __str__(self): return "E-str"
print(str(E()), repr(E("a")), E("a").args)
