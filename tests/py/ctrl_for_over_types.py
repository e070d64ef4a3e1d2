for x in [1, 2]:
    print("list", x)
for x in (3, 4):
    print("tuple", x)
for x in "ab":
    print("str", x)
for x in {"k1": 1, "k2": 2}:
    print("dict", x)
for x in range(2):
    print("range", x)
for a, b in zip("xy", [9, 8]):
    print("zip", a, b)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print("enum", i, a, b)
items = [1, 2, 3]
for v in items:
    if v == 1:
        items.append(4)
    print("mutating", v)
