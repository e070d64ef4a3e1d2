class A:
    def __new__(cls, *args):
        print('new', cls.__name__, args)
        inst = super().__new__(cls)
        inst.made = True
        return inst
    def __init__(self, x):
        print('init', x)
        self.x = x
a = A(3)
print(a.x, a.made, type(a) is A)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = object.__new__(cls)
        return cls._inst
print(Single() is Single())
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never')
print(Other())
class B(A):
    pass
b = B(5)
print(b.x, type(b).__name__)
