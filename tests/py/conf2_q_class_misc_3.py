class A:
    """Doc string."""
    x = 1
    def m(self): return "m"
print(A.__doc__, A().m.__name__, A.m(A()), type(A.m).__name__, type(A().m).__name__)
print(getattr(A, "x"), A.__dict__["x"], "m" in A.__dict__, isinstance(A(), object))
a = A()
a.x = 5
print(a.x, A.x, vars(a), type(a).x)
print(A.__name__, a.__class__.__name__, a.__class__ is A)
