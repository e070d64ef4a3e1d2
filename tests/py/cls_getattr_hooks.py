class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        print("delegating", name)
        return getattr(self._target, name)


class Target:
    def __init__(self):
        self.value = 7

    def hello(self):
        return "hello"


p = Proxy(Target())
print(p.value, p.hello())
print(p._target.value)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)


class Defaults:
    color = "red"

    def __getattr__(self, name):
        return name.upper()


d = Defaults()
print(d.color, d.anything, getattr(d, "other"), hasattr(d, "zzz"))


class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value) if False else None
        self.__dict__[name] = value


lg = Logged()
lg.x = 1
lg.y = "two"
print(lg.x, lg.y, sorted(vars(lg).keys()))
