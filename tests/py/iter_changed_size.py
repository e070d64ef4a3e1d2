# Changing a dict's or set's size while iterating it is a RuntimeError.
d = {1: 2, 3: 4}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
for view in ("keys", "values", "items"):
    d = {1: 1, 2: 2}
    try:
        for x in getattr(d, view)():
            del d[2]
    except RuntimeError as e:
        print(view, "RuntimeError:", e)
# Sticky: the iterator stays broken.
d = {1: 1}
it = iter(d)
d[2] = 2
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("again:", e)
# Same size (replace a value) is fine.
d = {1: 1, 2: 2}
for k in d:
    d[k] = k * 10
print(d)
# Iterating a copy while mutating is the fix.
for k in list(d):
    del d[k]
print(d)

s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(s))
s = {1, 2, 3}
it = iter(s)
s.add(4)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
# In-place operators with themselves.
s = {1, 2, 3}
s -= s
print(s)
s = {1, 2, 3}
s |= s
s &= s
s ^= s
print(s)
s = {1, 2}
s.difference_update(s)
print(s)
s = {1, 2}
s.symmetric_difference_update(s)
print(s)
s = {1, 2}
s.update(s)
s.intersection_update(s)
print(sorted(s))
d = {1: 2}
d.update(d)
d |= d
print(d)
