d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("z"), d.get("z", 0), d.pop("a"), d, d.setdefault("q", 9), d)
d.update({"x": 1}, y=2)
print(d, "x" in d, "zz" not in d)
del d["x"]
print(d, d.popitem(), d)
print(dict.fromkeys("ab", 0), dict([(1, 2)]), {**d, "n": 1})
k = {"a": 1, "b": 2}.keys()
print(k & {"a", "c"}, sorted(k | {"z"}), k - {"a"}, sorted(k ^ {"b", "q"}))
print({"a": 1} == {"a": 1}, list({1: 2}.items())[0])
d2 = {1: "a"}
d2 |= {2: "b"}
print(d2, {1: 1} | {2: 2})
for k, v in sorted({"z": 1, "a": 2}.items()):
    print(k, v)
