items = ["a", "b", "c"]
d = {"k": 5}
def sq(v):
    return v * v
print(f"{items}")
print(f"{items[1]} {d['k']}")
print(f"{sq(4)} {sq(1.5)}")
print(f"{'yes' if d['k'] > 3 else 'no'}")
print(f"{len(items) * 10}%")
for i, it in enumerate(items):
    print(f"{i}:{it!r}")
total = 0
for v in [1, 2, 3]:
    total += v
    print(f"running total {total:>3}")
print(f"{'-' * 10}")
print(f"{1 / 3!r}")
