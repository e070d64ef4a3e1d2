words = ["apple", "bob", "kayak", "level", "python", "noon", "a", "banana"]
lengths = {w: len(w) for w in words}
for k in sorted(lengths):
    print(k, lengths[k])
by_len = {}
for w in words:
    by_len.setdefault(len(w), []).append(w)
print(sorted(by_len.items()))
pal = {w for w in words if w == w[::-1]}
print(sorted(pal))
first_letters = {w[0] for w in words}
print(sorted(first_letters))
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(sorted(inv.items()))
sq = {n: n * n for n in range(6) if n % 2}
print(sq)
print({k: v for k, v in sq.items() if v > 5})
counts = {c: "mississippi".count(c) for c in set("mississippi")}
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
nested = {i: {j: i * j for j in range(1, 3)} for i in range(1, 4)}
print(nested)
print({(x, y) for x in range(3) for y in range(3) if x < y} == {(0, 1), (0, 2), (1, 2)})
print(sorted({x % 5 for x in range(100)}))
print(len({frozenset([1, 2]), frozenset([2, 1]), frozenset([3])}))
