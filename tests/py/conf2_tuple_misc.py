t = (1, 2, 3)
print(t[1], t[-1], t[1:], len(t), t + (4,), t * 2, 2 in t, t.index(3), t.count(1))
a, b, c = t
print(a + b + c, (1,), tuple(), (1, 2) < (1, 3), max((1, 2), (1, 0)))
try:
    t[0] = 5
except TypeError as e:
    print(e)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "x"}[(1, 2)], sorted([(2, "a"), (1, "b")]))
x = 1, 2
print(x, type(x).__name__)
