def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)

print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(c=1, a=2))
print(f(*[1, 2, 3], **{"c": 0, "z": 9}))
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f(1, a=1, c=2)
except TypeError as e:
    print(e)

def only_kw(**kw):
    return sorted(kw)
print(only_kw(b=1, a=2, c=3))
try:
    only_kw(1)
except TypeError as e:
    print(e)

def star_only(*a):
    return a
try:
    star_only(x=1)
except TypeError as e:
    print(e)

def named(**kw):
    return kw
print(named(**{"a-b": 1}))
def ret_args(*args):
    args = list(args)
    args.append("more")
    return args
print(ret_args(1))
