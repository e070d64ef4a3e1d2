class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, scale=1):
        return (x + self.n) * scale


add5 = Adder(5)
print(add5(1), add5(2, scale=10), callable(add5), callable(Adder), callable(3))
print(list(map(add5, [1, 2])) if False else [add5(1), add5(2)])
print(sorted([3, 1, 2], key=Adder(0)))


class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return self.calls


c = Counter()
c()
c()
print(c(), c.calls)


class NotCallable:
    pass


try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)

m = add5.__call__
print(m(10))
bound = Adder(1).__call__
print(bound(1))
print(type(add5).__name__)
