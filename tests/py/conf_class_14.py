class Config:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

    def keys(self):
        return sorted(k for k in self.__dict__)


c = Config(host="localhost", port=8080, debug=False)
print(c.keys())
for k in c.keys():
    print(k, "=", getattr(c, k))
print(hasattr(c, "port"), hasattr(c, "user"))
print(getattr(c, "user", "nobody"))
setattr(c, "user", "root")
print(c.user)
delattr(c, "debug")
print(c.keys())
try:
    getattr(c, "debug")
except AttributeError:
    print("debug removed")


class Dynamic:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:].upper()
        raise AttributeError(name)


d = Dynamic()
print(d.get_x(), d.get_hello())
print(hasattr(d, "other"), hasattr(d, "get_y"))
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}


class Calc:
    pass


for name, fn in ops.items():
    setattr(Calc, name, staticmethod(fn))
print(Calc.add(2, 3), Calc.mul(4, 5), Calc().add(1, 1))
