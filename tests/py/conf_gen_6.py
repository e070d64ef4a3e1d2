class Range3:
    def __init__(self, lo, hi, step=1):
        self.lo, self.hi, self.step = lo, hi, step

    def __iter__(self):
        return Range3Iter(self)


class Range3Iter:
    def __init__(self, r):
        self.cur = r.lo
        self.r = r

    def __iter__(self):
        return self

    def __next__(self):
        if self.cur >= self.r.hi:
            raise StopIteration
        v = self.cur
        self.cur += self.r.step
        return v


r = Range3(0, 10, 3)
print(list(r), list(r))
it = iter(r)
print(next(it), next(it))
print(list(it))
print(sum(Range3(1, 101)))
print(sorted(Range3(0, 5), reverse=True))
a, b, c = Range3(5, 8)
print(a, b, c)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1


print(list(Countdown(5)), 3 in Countdown(5), 9 in Countdown(5))
print(dict(zip(Countdown(3), "abc")))
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
print(list(enumerate(Countdown(3), start=1)))
