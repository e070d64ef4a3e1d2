class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0

    def __call__(self, x, *rest):
        self.calls += 1
        return [x * self.k] + [r * self.k for r in rest]


double = Multiplier(2)
print(double(5))
print(double(1, 2, 3))
print(double.calls, callable(double), callable(5))
print(list(map(Multiplier(10), [1, 2, 3])))


class Accumulator:
    def __init__(self):
        self.items = []

    def __call__(self, item):
        self.items.append(item)
        return self

    def __len__(self):
        return len(self.items)


acc = Accumulator()
acc(1)(2)(3)
print(acc.items, len(acc))


class Adder:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        if isinstance(other, Adder):
            return Adder(self.n + other.n)
        return Adder(self.n + other)

    def __radd__(self, other):
        print("radd called with", other)
        return Adder(other + self.n)

    def __repr__(self):
        return "Adder(%d)" % self.n


print(Adder(1) + Adder(2))
print(Adder(1) + 5)
print(5 + Adder(1))
print(sum([Adder(1), Adder(2), Adder(3)]))
