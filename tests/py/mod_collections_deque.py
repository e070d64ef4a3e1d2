from collections import deque
d = deque()
d.append(1); d.append(2); d.appendleft(0)
print(d, len(d), d[0], d[-1], 1 in d, 5 in d)
print(d.pop(), d.popleft(), d)
q = deque([1, 2, 3, 4, 5], maxlen=3)
print(q)
q.append(6)
print(q)
q.appendleft(0)
print(q)
q.extend([7, 8])
print(q, list(q), sorted(q, reverse=True))
r = deque(range(5))
r.rotate(2)
print(r)
r.rotate(-3)
print(r)
r.extendleft([10, 11])
print(r, r.count(10), r.index(11))
r[0] = 99
print(r, r == deque([99, 10, 1, 2, 3, 4, 0]), bool(deque()), bool(r))
total = 0
for x in r:
    total += x
print(total)
big = deque()
for i in range(100):
    big.appendleft(i)
    big.append(-i)
print(len(big), big[0], big[-1], big[100])
for i in range(150):
    big.popleft()
print(len(big), list(big)[:3])
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
try:
    deque().popleft()
except IndexError as e:
    print("IndexError", e)
try:
    r[50]
except IndexError as e:
    print("IndexError", e)
