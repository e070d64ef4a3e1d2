class Counter:
    total = 0

    def __init__(self, name, start=0):
        self.name = name
        self.value = start
        Counter.total += 1

    def inc(self, by=1):
        self.value += by
        return self

    def __str__(self):
        return "Counter(%s=%d)" % (self.name, self.value)

    def __repr__(self):
        return "Counter(%r, %r)" % (self.name, self.value)


a = Counter("a")
b = Counter("b", 10)
a.inc().inc().inc(5)
b.inc(-3)
print(a)
print(b)
print(repr(a), repr(b))
print([a, b])
print(Counter.total, a.total, b.total)
a.total = 99
print(Counter.total, a.total, b.total)
del a.total
print(a.total)
print(str(a) == "Counter(a=7)")
print(hasattr(a, "value"), hasattr(a, "missing"))
print(getattr(a, "missing", "default"))
setattr(b, "extra", [1, 2])
print(b.extra, getattr(b, "extra"))
print(type(a).__name__, isinstance(a, Counter), isinstance(3, Counter))
