d = {"x": 1, "y": 2, "z": 3}
print(d.get("x"), d.get("w"), d.get("w", 0), d.get("y", 99))
print(list(d.keys()))
print(list(d.values()))
print(list(d.items()))
print(d.pop("y"), d)
print(d.pop("missing", "default"), d)
print(d.pop("x", None), d)
for k, v in d.items():
    print(k, "=>", v)
total = 0
for v in {"a": 5, "b": 7}.values():
    total += v
print(total)
print(len(d.keys()), "z" in d.keys())
