d = {"a": 1, "b": 2}
print(d, len(d))
print(d["a"], d["b"])
d["c"] = 3
d["a"] = 10
print(d)
del d["b"]
print(d, len(d))
print("a" in d, "b" in d, "b" not in d)
print({})
e = {1: "one", "two": 2, (3, 4): [5]}
print(e)
print(e[1], e["two"], e[(3, 4)])
