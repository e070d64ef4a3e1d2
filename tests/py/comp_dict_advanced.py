students = [("ann", 90), ("bob", 72), ("cid", 85), ("dee", 60)]
grades = {name: ("A" if s >= 85 else "B" if s >= 70 else "C") for name, s in students}
print(grades)
groups = {}
for n, g in grades.items():
    groups.setdefault(g, []).append(n)
print(groups)
print({n: s for n, s in students if s > 70})
print({i: chr(97 + i) for i in range(5)})
nested = {outer: {inner: outer * inner for inner in range(1, 3)} for outer in range(1, 3)}
print(nested)
word = "mississippi"
print({c: word.count(c) for c in word})
keys = ["a", "b", "c"]
vals = [1, 2, 3]
print({k: v for k, v in zip(keys, vals)})
print(dict([(k, v) for k, v in zip(keys, vals)]))
