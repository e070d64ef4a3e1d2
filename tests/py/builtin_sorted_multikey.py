people = [("ann", "oslo", 31), ("bob", "rome", 25), ("cid", "oslo", 25),
          ("dee", "bern", 31), ("eve", "rome", 31), ("fay", "bern", 25)]
by_name_desc = sorted(people, key=lambda p: p[0], reverse=True)
by_age = sorted(by_name_desc, key=lambda p: p[2])
for p in by_age:
    print(p)
by_city = sorted(people, key=lambda p: p[1])
for p in sorted(by_city, key=lambda p: p[2], reverse=True):
    print(p[2], p[1], p[0])
print(sorted(people, key=lambda p: (p[1], -p[2]))[0], sorted(people, key=lambda p: (-p[2], p[0]))[-1])
ranks = {}
for i, p in enumerate(sorted(people, key=lambda p: p[2])):
    ranks[p[0]] = i
print(ranks)
print(sorted([1, 1.0, True], reverse=True), sorted([0, False, 0.0]), sorted(["b", "B", "a", "A"]))
