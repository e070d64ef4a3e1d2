class P:
    def __init__(self): self._x = 1
    @property
    def x(self): return self._x
    @x.deleter
    def x(self): print("deleting"); del self._x
p = P()
del p.x
print(hasattr(p, "_x"))
class S:
    def __setattr__(self, k, v):
        print("set", k, v)
        object.__setattr__(self, k, v)
s = S()
s.a = 1
print(s.a)
class K:
    @classmethod
    def create(cls): return cls.__name__
class L(K):
    @classmethod
    def create(cls): return "L:" + super().create()
print(L.create(), K.create())
