# functools: reduce, partial, wraps, lru_cache/cache, cmp_to_key,
# total_ordering, cached_property.
import functools
from functools import reduce, partial, wraps, lru_cache, cache, cmp_to_key, total_ordering

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 8), 10))
print(reduce(lambda a, b: a + b, [], "empty"))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)


def power(base, exp, *, mod=None):
    r = base ** exp
    return r if mod is None else r % mod


square = partial(power, exp=2)
print(square(7), square(3, exp=3))
p2 = partial(power, 2)
print(p2(10), p2(10, mod=1000))
p3 = partial(p2, mod=7)
print(p3(5), p3.func is power, p3.args, p3.keywords)
print(sorted(["b", "A", "c"], key=partial(str.lower)))
try:
    partial(5)
except TypeError as e:
    print("TypeError:", e)


def logged(fn):
    @wraps(fn)
    def inner(*args, **kw):
        print("call", fn.__name__, args)
        return fn(*args, **kw)

    return inner


@logged
def add(a, b):
    return a + b


print(add(2, 3), add.__name__, add.__wrapped__(4, 5))

calls = []


@lru_cache(maxsize=2)
def slow(n):
    calls.append(n)
    return n * n


for n in [1, 2, 1, 3, 2, 1, 1]:
    slow(n)
print(calls)
info = slow.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
print(tuple(info) == (info.hits, info.misses, 2, 2))
slow.cache_clear()
print(tuple(slow.cache_info()))


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info().currsize)


@lru_cache
def bare(x, y=1):
    return (x, y)


print(bare(1), bare(1, y=2), bare(1), bare.cache_info().hits)
try:
    bare([1])
except TypeError as e:
    print("TypeError")


def compare_len(a, b):
    return len(a) - len(b)


print(sorted(["ccc", "a", "bb", "dddd", "e"], key=cmp_to_key(compare_len)))
print(max(["ccc", "a", "dddd"], key=cmp_to_key(compare_len)))


@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return "V%d.%d" % (self.major, self.minor)


a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, a <= b, a >= b, a <= Version(1, 2), a >= Version(1, 2))
print(sorted([Version(2, 0), a, b]))
try:

    @total_ordering
    class Nothing:
        pass

except ValueError as e:
    print("ValueError:", e)


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @functools.cached_property
    def area(self):
        self.computed += 1
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, c.computed)
del c.area
print(c.area, c.computed)


class Counter:
    def __init__(self):
        self.n = 0

    @lru_cache(maxsize=None)
    def double(self, x):
        self.n += 1
        return 2 * x


k = Counter()
print(k.double(4), k.double(4), k.n)
