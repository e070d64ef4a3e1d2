t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t), t + (4,), t * 2)
print((1,), (), tuple("ab"), tuple([1, [2]]))
a, b, c = t
print(a, b, c)
first, *rest = t
print(first, rest)
*init, last = t
print(init, last)
a, *mid, z = "abcdef"
print(a, mid, z)
(p, q), r = (1, 2), 3
print(p, q, r)
x, (y, (z1, z2)) = 1, (2, (3, 4))
print(x, y, z1, z2)
for i, (name, score) in enumerate([("a", 1), ("b", 2)]):
    print(i, name, score)
print(t.index(2), t.count(2), 2 in t, 5 not in t)
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), (2,) > (1, 99), () < (0,))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
try:
    t[0] = 9
except TypeError:
    print("tuples are immutable")
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c, d = (1, 2)
except ValueError as e:
    print("ValueError:", e)
nested = ([1, 2], [3])
nested[0].append(99)
print(nested)
d = {(0, 0): "origin", (1, 2): "point"}
print(d[(1, 2)], d[0, 0])
print(max([(3, "c"), (3, "d"), (1, "z")]), min((5, 1), (5, 0)))
