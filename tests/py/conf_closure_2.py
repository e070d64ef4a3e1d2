def make_adders():
    fs = []
    for i in range(4):
        fs.append(lambda x: x + i)
    return fs


print([f(10) for f in make_adders()])


def make_adders_fixed():
    fs = []
    for i in range(4):
        fs.append(lambda x, i=i: x + i)
    return fs


print([f(10) for f in make_adders_fixed()])


def make_multipliers():
    def mk(n):
        return lambda x: x * n
    return [mk(n) for n in range(1, 5)]


print([m(3) for m in make_multipliers()])


def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed


inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
pipeline = compose(str, inc, dbl, abs)
print(repr(pipeline(-4)))


def memo_counter():
    seen = {}

    def see(k):
        seen[k] = seen.get(k, 0) + 1
        return seen[k]

    return see


s = memo_counter()
for w in "a b a c a b".split():
    print(w, s(w), end="; ")
print()
