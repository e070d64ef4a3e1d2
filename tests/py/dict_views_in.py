d = {"a": 1, "b": 2, "c": 3}
ks, vs, its = d.keys(), d.values(), d.items()
print(len(ks), len(vs), len(its))
print("a" in ks, "z" in ks, 2 in vs, 9 in vs, ("b", 2) in its, ("b", 3) in its)
print("a" not in ks, 1 not in vs, ("c", 3) not in its)
print(list(ks), list(vs), list(its))
d["d"] = 4
print(len(ks), list(ks), "d" in ks, 4 in vs, ("d", 4) in its)
del d["a"]
print(list(ks), list(vs), list(its))
d["b"] = 20
print(list(vs), ("b", 20) in its, ("b", 2) in its)
print(sorted(ks, reverse=True), sum(vs), max(vs), min(ks))
for k, v in d.items():
    print(k, v, d[k] == v)
print(list(d), tuple(d.values()))
e = {}
print(list(e.keys()), list(e.values()), list(e.items()), "x" in e.keys())
n = {1: "one", 2.5: "two and half", (1, 2): "pair", None: 0}
print((1, 2) in n.keys(), 2.5 in n, None in n, "pair" in n.values(), ((1, 2), "pair") in n.items())
