class Counter:
    total = 0
    names = []

    def __init__(self, name):
        self.name = name
        self.count = 0
        Counter.total += 1
        Counter.names.append(name)

    def inc(self, by=1):
        self.count += by
        return self

a = Counter("a")
b = Counter("b")
a.inc().inc(5)
b.inc(by=2)
print(a.count, b.count, Counter.total, Counter.names)
a.total = 100
print(a.total, b.total, Counter.total)
del a.total
print(a.total)
print(hasattr(a, "name"), hasattr(a, "missing"))
print(getattr(a, "name"), getattr(a, "nope", "default"))
setattr(b, "extra", 42)
print(b.extra, vars(b))
delattr(b, "extra")
print(hasattr(b, "extra"))
try:
    a.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Counter.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del a.missing
except AttributeError as e:
    print("AttributeError:", e)
