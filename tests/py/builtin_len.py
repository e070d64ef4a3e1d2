print(len(""), len("abc"), len("héllo"), len("😀😀"))
print(len([]), len([1, [2, 3]]), len(()), len((1,)))
print(len({}), len({"a": 1, "b": 2}))
print(len(range(0)), len(range(100)), len(range(0, 100, 7)), len(range(5, -5, -2)))
print(len("a" * 1000), len([0] * 500))
d = {}
for i in range(10):
    d[i % 3] = i
print(len(d), d)
print(len(str(2 ** 256)))
