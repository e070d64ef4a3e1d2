students = [
    {"name": "ann", "grade": 91, "class": "A"},
    {"name": "ben", "grade": 78, "class": "B"},
    {"name": "cat", "grade": 85, "class": "A"},
    {"name": "dan", "grade": 62, "class": "B"},
    {"name": "eve", "grade": 99, "class": "C"},
]
print([s["name"] for s in students if s["grade"] >= 80])
print({s["name"]: ("pass" if s["grade"] >= 70 else "fail") for s in students})
classes = sorted({s["class"] for s in students})
print(classes)
avg = {c: sum(s["grade"] for s in students if s["class"] == c) / len([s for s in students if s["class"] == c]) for c in classes}
for c in classes:
    print("%s: %.2f" % (c, avg[c]))
top = max(students, key=lambda s: s["grade"])
print(top["name"], top["grade"])
ranked = [(i + 1, s["name"]) for i, s in enumerate(sorted(students, key=lambda s: -s["grade"]))]
print(ranked)
letter = lambda g: "A" if g >= 90 else "B" if g >= 80 else "C" if g >= 70 else "D"
print([(s["name"], letter(s["grade"])) for s in students])
hist = {}
for s in students:
    l = letter(s["grade"])
    hist[l] = hist.get(l, 0) + 1
print(sorted(hist.items()))
print(["%s:%s" % (k, "*" * v) for k, v in sorted(hist.items())])
