values = [0, 1, -1, 0.0, 0.5, "", "0", " ", [], [0], (), (None,), {}, {0: 0}, None, True, False, 2 ** 100]
for v in values:
    if v:
        print(repr(v), "truthy", bool(v))
    else:
        print(repr(v), "falsy", bool(v))
print(bool(), bool(range(0)), bool(range(1)))
print(not 0, not "a", not None)
