a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a.union(b, [9])))
print(sorted(a & b), sorted(a.intersection(b)))
print(sorted(a - b), sorted(b - a), sorted(a.difference(b)))
print(sorted(a ^ b), sorted(a.symmetric_difference(b)))
print({1, 2} <= a, {1, 2}.issubset(a), a >= {1}, a.issuperset({5}), {1, 2} < {1, 2})
print(a.isdisjoint({7, 8}), a.isdisjoint(b))
s = set()
s.add(3)
s.add(3)
s.add(1)
s.update([5, 1, 7])
print(sorted(s), len(s))
s.discard(100)
s.discard(5)
s.remove(7)
print(sorted(s))
try:
    s.remove(100)
except KeyError as e:
    print("KeyError", e)
print(sorted(set("mississippi")), len(set([1, 1.0, True])))
print(set() == set(), {1, 2} == {2, 1}, set([]) , len({()}))
c = a.copy()
c |= {10}
c -= {1}
c &= {2, 3, 10, 11}
print(sorted(c), sorted(a))
fs = frozenset([3, 1, 2])
print(sorted(fs), 2 in fs, sorted(fs | {4}))
seen = set()
dups = []
for x in [4, 1, 4, 2, 1, 4]:
    if x in seen:
        dups.append(x)
    seen.add(x)
print(dups, sorted(seen))
e = {3}
print(e.pop(), e)
