def apply(fn, *args, **kwargs):
    return fn(*args, **kwargs)


print(apply(max, 3, 7, 2))
print(apply(sorted, [3, 1, 2], reverse=True))
print(apply("-".join, ["a", "b"]))
print(apply(dict, a=1, b=2) == {"a": 1, "b": 2})


def partial(fn, *pargs, **pkw):
    def p(*args, **kw):
        merged = dict(pkw)
        merged.update(kw)
        return fn(*(pargs + args), **merged)
    return p


def power(base, exp=2, mod=None):
    return pow(base, exp, mod) if mod else base ** exp


sq = partial(power)
cube = partial(power, exp=3)
two_to = partial(power, 2)
print(sq(9), cube(4), two_to(10), two_to(100, mod=1000))
print([partial(int, base=b)("101") for b in (2, 8, 10, 16)])


def curry3(f):
    return lambda a: lambda b: lambda c: f(a, b, c)


vol = curry3(lambda a, b, c: a * b * c)
print(vol(2)(3)(4))
fns = [abs, str, len, bool, float]
for f in fns:
    try:
        print(f.__name__, repr(f(-3)))
    except TypeError:
        print(f.__name__, "TypeError")
