values = ["1", "x", "3", "", "5.0", "-2"]
total = 0
bad = []
for v in values:
    try:
        total += int(v)
    except ValueError as e:
        bad.append(v)
        print("skip:", e)
print(total, bad)
d = {"a": 1}
keys = ["a", "b", "a", "c"]
hits = 0
for k in keys:
    try:
        hits += d[k]
    except KeyError:
        continue
print(hits)
