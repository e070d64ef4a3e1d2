class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


for n in Countdown(3):
    print(n)
print(list(Countdown(4)), tuple(Countdown(2)))


class Range2:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return RangeIter(self.n)


class RangeIter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration()
        self.i += 1
        return self.i


r = Range2(3)
for a in r:
    for b in r:
        print(a, b, end="; ")
print()
it = iter(Range2(2))
print(next(it), next(it), next(it, "done"))
print(3 in Range2(5), 9 in Range2(5))
print(sorted(Countdown(5)))


class Bag:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return iter(self.items)


for x in Bag(["a", "b"]):
    print(x)
print(list(Bag((1, 2, 3))))
try:
    for x in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
