def f(*args):
    return args

print(f(), f(1), f(1, 2, 3))

def g(a, b=2, *rest):
    return a, b, rest

print(g(1), g(1, 5), g(1, 5, 6, 7))

def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3, 4))

def first_and_rest(first, *rest):
    return first, len(rest), type(rest).__name__
print(first_and_rest("x", "y", "z"))

def mx(*args):
    return max(args) if args else None
print(mx(3, 9, 2), mx())
