class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __iter__(self):
        return iter((self.a, self.b))


x, y = Pair(1, 2)
print(x, y)
for i, v in enumerate(Pair("p", "q")):
    print(i, v)
for u, w in zip(Pair(1, 2), Pair(3, 4)):
    print(u, w)
print(list(Pair(5, 6)), tuple(Pair(7, 8)), sorted(Pair(9, 0)), max(Pair(3, 4)), sum(Pair(10, 20)))
try:
    a, b, c = Pair(1, 2)
except ValueError as e:
    print("ValueError:", e)


class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        self.a, self.b = 0, 1
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v


print(list(Fib(50)))
f = Fib(3)
it = iter(f)
print(next(it), next(it), next(it), next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
