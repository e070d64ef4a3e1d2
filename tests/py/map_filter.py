def sq(x):
    return x * x
def even(x):
    return x % 2 == 0
print(list(map(sq, [1, 2, 3])))
print(list(map(str, range(4))))
print(list(map(int, "1 2 3".split())))
print(sum(map(sq, range(5))))
def add(a, b):
    return a + b
print(list(map(add, [1, 2, 3], [10, 20])))
print(list(filter(even, range(10))))
print(list(filter(None, [0, 1, "", "a", None, [], [1]])))
m = map(sq, [4, 5])
print(next(m), next(m), next(m, "done"))
for v in filter(even, [1, 2, 3, 4]):
    print(v)
print(type(map(sq, [])).__name__, type(filter(None, [])).__name__)
print(sorted(map(abs, [-3, 1, -2])))
print(tuple(map(len, ["a", "bb", "ccc"])))
