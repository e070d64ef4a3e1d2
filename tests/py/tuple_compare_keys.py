pts = [(2, 1), (1, 5), (2, 0), (1, -1)]
print(sorted(pts))
print(min(pts), max(pts))
print((1, 2) < (1, 2, 3), (2,) > (1, 100))
d = {}
d[(0, 0)] = "origin"
d[(1, 2)] = "p"
print(d[(0, 0)], d[1, 2])
print((1, 2) in d, (2, 1) in d)
t = (1, [2, 3])
t[1].append(4)
print(t)
print(hex(len(pts)))
