records = [("ann", 31, "nyc", "x"), ("bob", 25, "sf")]
for name, age, *rest in records:
    print(name, age, rest)
points = [(1, 2), (3, 4)]
for i, (x, y) in enumerate(points):
    print(i, x + y)
data = {"a": [1, 2, 3], "b": [4]}
for key, (first, *others) in data.items():
    print(key, first, others)
head, *_ = "xyz"
print(head)
a = b = c = 0
a, b, c = c, a, 5
print(a, b, c)
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
t = 1, 2, 3
x, *y = t
print(x, y, type(y).__name__)
print([*t, *y])
