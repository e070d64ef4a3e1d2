def f(a, b, c):
    return a * 100 + b * 10 + c

xs = [1, 2, 3]
print(f(*xs))
print(f(1, *[2, 3]))
print(f(*(1, 2), 3))
print(f(*range(3)))
print(f(*"123" and [4, 5, 6]))
print(f(*[1], *[2], 3))
print(f(1, *[], 2, *[3]))
print(max(*[4, 8, 2]))
print(*[1, 2, 3])
print(*"abc", sep="-")
args = (5, 6)
print("{} and {}".format(*args))
d = {"b": 2, "c": 3}
print(f(1, **d))
print(f(**{"a": 7, "b": 8, "c": 9}))
print(f(a=1, **{"c": 3}, b=2))
print(f(*[1], **{"c": 3, "b": 2}))
kw = {"sep": ", ", "end": "!\n"}
print("x", "y", **kw)
def g(*args, **kwargs):
    return args, kwargs
print(g(*[1, 2], *(3,), x=1, **{"y": 2}, z=3))
print(sorted([3, 1, 2], **{"reverse": True}))
