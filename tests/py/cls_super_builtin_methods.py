class Tagged(Exception):
    def __init__(self, tag, msg):
        Exception.__init__(self, msg)
        self.tag = tag

    def __str__(self):
        return "[" + self.tag + "] " + super().__str__()


try:
    raise Tagged("io", "disk full")
except Tagged as e:
    print(e, e.args)


class Old(ValueError):
    def __init__(self, msg):
        ValueError.__init__(self, msg)


print(repr(Old("x")), str(Old("y")))


class Guarded:
    def __init__(self):
        object.__setattr__(self, "locked", False)
        self.a = 1
        self.locked = True

    def __setattr__(self, name, value):
        if getattr(self, "locked", False):
            raise AttributeError("locked: " + name)
        super().__setattr__(name, value)


g = Guarded()
print(g.a, g.locked)
try:
    g.b = 2
except AttributeError as e:
    print("AttributeError:", e)


class Same:
    def __eq__(self, other):
        print("Same.__eq__")
        return super().__eq__(other)


s = Same()
print(s == s, s == Same(), s != Same())


class Money:
    def __init__(self, c):
        self.c = c

    def __add__(self, o):
        return Money(self.c + (o.c if isinstance(o, Money) else o))

    __radd__ = __add__

    def __lt__(self, o):
        return self.c < o.c

    def __repr__(self):
        return "Money(" + str(self.c) + ")"


ms = [Money(5), Money(1), Money(9)]
print(sum(ms), min(ms), max(ms), max(ms, key=lambda m: -m.c))
print(sorted(ms, reverse=True))
