# The descriptor protocol for user classes: __get__, __set__, __delete__,
# __set_name__, data vs non-data precedence.


class Typed:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = "_" + name
        print("set_name", owner.__name__, name)

    def __init__(self, kind):
        self.kind = kind

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s" % (self.name[1:], self.kind.__name__))
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.name)


class Point:
    x = Typed(int)
    y = Typed(int)

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, p.__dict__)
p.x = 10
print(p.x)
try:
    p.y = "no"
except TypeError as e:
    print("TypeError:", e)
print(type(Point.x).__name__, Point.x.owner, Point.x.name)
del p.x
print(hasattr(p, "_x"))
# The data descriptor wins even when the instance dict has the name.
p.__dict__["y"] = 99
print(p.y)


class Lazy:
    """A non-data descriptor: the instance dict shadows it once set."""

    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, cls):
        if obj is None:
            return "class access"
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value


class Report:
    runs = 0

    @Lazy
    def total(self):
        Report.runs += 1
        return 42


r = Report()
print(r.total, r.total, Report.runs, Report.total)
r.total = 7
print(r.total)


class Constant:
    def __init__(self, v):
        self.v = v

    def __get__(self, obj, cls):
        return (self.v, obj is None, cls.__name__)


class Base:
    c = Constant(3)


class Derived(Base):
    def get(self):
        return super().c


d = Derived()
print(d.c, Derived.c, d.get())


class Tracker:
    def __set_name__(self, owner, name):
        print("named", name)


class Many:
    b = Tracker()
    a = Tracker()
    plain = 5
