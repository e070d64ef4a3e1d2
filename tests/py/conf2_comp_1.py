print([x * 2 for x in range(5)], {x: x * x for x in range(4)}, {x % 3 for x in range(10)})
print([(i, j) for i in range(3) for j in range(i)], [y for x in [[1, 2], [3]] for y in x])
print([x if x % 2 else -x for x in range(6)], [c.upper() for c in "abc" if c != "b"])
m = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*m)], [[r[i] for r in m] for i in range(3)])
print(dict(zip("abc", range(3))), list(enumerate("xy", 1)), list(zip([1, 2, 3], "ab")))
x = 10
print([x for x in range(3)], x)
print(any(x > 3 for x in [1, 5]), all([]), any([]), all(x for x in [1, 0]))
