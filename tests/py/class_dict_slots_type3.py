class A:
    x = 1
    def __init__(self):
        self.y = 2
a = A()
print(a.__class__ is A, a.__class__.__name__)
print(a.__dict__)
print('x' in A.__dict__, A.__dict__['x'])
a.__dict__['z'] = 3
print(a.z)
class S:
    __slots__ = ('p', 'q')
    def __init__(self):
        self.p = 1
s = S()
print(s.p)
T = type('T', (A,), {'w': 9, 'f': lambda self: self.w * 2})
t = T()
print(t.w, t.f(), t.y, isinstance(t, A), T.__name__)
print(type(a).__name__, A.__bases__ if False else '')
