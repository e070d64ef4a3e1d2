s = set()
for i in [5, 3, 9, 3, 1]:
    s.add(i)
print(s, len(s))
s.discard(3)
s.discard(42)
print(s)
s.remove(9)
print(s)
try:
    s.remove(9)
except KeyError as e:
    print("KeyError", e)
t = s.copy()
t.add(100)
print(s, t)
s.clear()
print(s, len(s))
u = {1, 2, 3}
u.update([3, 4], (5,), range(6, 8))
print(u)
print(sorted(u))
p = {10, 20, 30}
got = []
while p:
    got.append(p.pop())
print(sorted(got), p)
try:
    p.pop()
except KeyError as e:
    print("KeyError", e)
