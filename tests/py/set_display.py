s = {3, 1, 2}
print(s, len(s), type(s).__name__)
print({5, 5, 5}, {"a"} == {"a"}, {1, 2} == {2, 1})
x = 7
print({x, x + 1, x * 2})
print({100, 9, 17, 1000, -5})
print({-1, -2, 0})
print({(1, 2), (1, 2)} == {(1, 2)})
print({True, 1, 1.0})
print(set())
e = set()
print(len(e), bool(e), bool({0}))
print({1, 2, 3} != {1, 2})
