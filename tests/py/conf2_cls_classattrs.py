class Config:
    defaults = {"a": 1}
    def __init__(self, **kw):
        self.opts = dict(self.defaults)
        self.opts.update(kw)
    def __getattr__(self, name):
        try:
            return self.opts[name]
        except KeyError:
            raise AttributeError(name)
c = Config(b=2)
print(c.a, c.b, hasattr(c, "zz"), getattr(c, "zz", None))
class Slotted:
    __slots__ = ("x",)
    def __init__(self): self.x = 1
print(Slotted().x)
class Cnt:
    n = 0
    def __init__(self):
        Cnt.n += 1
        self.id = Cnt.n
print([Cnt().id for _ in range(3)], Cnt.n)
