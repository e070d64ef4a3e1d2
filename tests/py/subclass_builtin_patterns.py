class DefaultDict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
dd = DefaultDict(list)
dd["a"].append(1)
dd["a"].append(2)
dd["b"].append(3)
print(dd, dd.get("zz"), "zz" in dd, len(dd), dd.factory is list)
class Rev(dict):
    def __iter__(self):
        return iter(sorted(super().keys(), reverse=True))
r = Rev(a=1, b=2, c=3)
print(list(r), [k for k in r], sorted(r.items()))
class Cnt(dict):
    def __add__(self, o):
        out = Cnt(self)
        for k, v in o.items():
            out[k] = out.get(k, 0) + v
        return out
print(Cnt(a=1) + Cnt(a=2, b=1), type(Cnt(a=1) + {}).__name__)
class Reg(dict):
    def register(self, name):
        def deco(f):
            self[name] = f
            return f
        return deco
reg = Reg()
@reg.register("hi")
def hi():
    return "hello"
print(reg["hi"](), list(reg))
class Frozen(dict):
    def __setitem__(self, k, v):
        raise TypeError("frozen")
fz = Frozen(a=1)
try:
    fz["b"] = 2
except TypeError as e:
    print("TypeError", e, fz)
class Hist(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.log = []
    def append(self, x):
        self.log.append(x)
        super().append(x)
h = Hist([1])
h.append(2)
h += [3]
print(h, h.log, type(h).__name__, h == [1, 2, 3])
print(sorted([Hist([2]), Hist([1])]), Hist([1]) < Hist([2]), Hist([1, 2])[::-1])
