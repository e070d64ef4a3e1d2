from collections import deque
d = deque([1, 2], maxlen=2)
d.append(3)
print(d)
try:
    deque([1], maxlen=-1)
except ValueError as e:
    print("ValueError", e)
try:
    hash(deque())
except TypeError as e:
    print("TypeError")
print(deque("abc"), deque(maxlen=0), deque([], 0))
e = deque([1, 2, 3])
e.clear()
print(e, len(e))
e.pop()
