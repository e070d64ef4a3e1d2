def f(*args, **kwargs):
    return len(args), sorted(kwargs)
print(f(*range(5)))
print(f(*"hello", **dict(a=1, b=2)))
print(f(*{"x": 1, "y": 2}))
print(f(*[], **{}))
def point(x, y, z=0):
    return (x, y, z)
coords = [(1, 2), (3, 4, 5)]
print([point(*c) for c in coords])
opts = [{"x": 1, "y": 2}, {"y": 3, "x": 4, "z": 5}]
print([point(**o) for o in opts])
print(point(*[1], **{"y": 7}))
nums = [3, 1, 2]
print(min(*nums), max(*nums, 10))
print(sorted(nums, **{"reverse": True}))
print(" ".join([*map(str, nums)]) if False else " ".join([*[str(n) for n in nums]]))
