d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("b"), d.pop("zz", "none"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
d.update({"x": 10, "a": -1})
d.update(y=20)
d.update([("w", 0)])
print(sorted(d.items()))
print(sorted(d.keys()), sorted(d.values()))
print(list(d), len(d), "x" in d, 10 in d, 10 in d.values())
del d["x"]
print(d)
k, v = d.popitem()
print(k, v, d)
print(dict.fromkeys("abc", 0), dict.fromkeys([1, 2]))
e = dict(d)
e["new"] = 1
print(len(d), len(e), d == e)
print({1: "a", True: "b"}, {1.0: "x", 1: "y"})
inv = {}
for key, val in {"one": 1, "uno": 1, "two": 2}.items():
    inv.setdefault(val, []).append(key)
print(inv)
print({} == dict(), {"a": 1} == {"a": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
d.clear()
print(d, bool(d))
for key in sorted({"z": 1, "m": 2, "a": 3}, reverse=True):
    print(key, end=" ")
print()
