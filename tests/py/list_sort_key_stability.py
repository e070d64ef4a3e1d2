recs = [("ann", 30), ("bob", 25), ("cid", 30), ("dee", 25), ("eve", 35), ("fay", 30)]
a = list(recs)
a.sort(key=lambda r: r[1])
print(a)
a.sort(key=lambda r: r[1], reverse=True)
print(a)
b = list(recs)
b.sort(key=lambda r: r[0], reverse=True)
b.sort(key=lambda r: r[1])
print(b)
c = [3, 1, 2]
print(c.sort(), c)
c.sort(reverse=True)
print(c)
d = ["bb", "a", "ccc", "dd", "e", "fff"]
d.sort(key=len)
print(d)
d.sort(key=len, reverse=True)
print(d)
e = [1.5, 1, True, 0.5, False, 2]
e.sort()
print(e)
try:
    [1, "a"].sort()
except TypeError as ex:
    print("TypeError", ex)
