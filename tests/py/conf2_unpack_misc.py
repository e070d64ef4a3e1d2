a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
x, y = y, x
print(x, y)
first, *_, last = range(10)
print(first, last)
d = {"a": 1, "b": 2}
print({**d, "c": 3}, [*d], (*d.values(),))
def f(a, b, c): return a + b + c
print(f(*[1, 2], 3), f(1, *(2, 3)), f(**{"a": 1, "b": 2, "c": 3}))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
