s = {3, 1, 2}
s.add(4)
s.discard(10)
print(s, len(s), 2 in s)
a, b = {1, 2, 3}, {2, 3, 4}
print(a | b, a & b, a - b, a ^ b, a <= b, {2} < a, a.isdisjoint({9}))
print(a.union([9]), a.intersection(b), a.difference(b), a.symmetric_difference(b))
f = frozenset([1, 2])
print(f, f | {3}, hash(f) == hash(frozenset([2, 1])), {f: 1}[frozenset({1, 2})])
print(set(), frozenset(), set("aab") == {"a", "b"}, sorted({"x", "y"}))
s2 = set(range(5))
s2 -= {0}
s2 &= {1, 2, 3}
s2 |= {10}
print(s2)
s2.remove(10)
try:
    s2.remove(10)
except KeyError as e:
    print("KeyError", e)
