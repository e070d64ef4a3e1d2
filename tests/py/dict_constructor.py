print(dict())
print(dict(a=1, b=2))
print(dict([(1, 2), (3, 4)]))
print(dict([("k", "v")], extra=True))
print(dict(zip(["a", "b", "c"], [1, 2, 3])))
print(dict({"x": 1}))
print(dict(enumerate("ab")))
print(dict([[1, "list-pair"]]))
orig = {"q": 1}
copy = dict(orig)
copy["q"] = 2
print(orig, copy)
print(dict([(1, "a"), (1, "b")]))
