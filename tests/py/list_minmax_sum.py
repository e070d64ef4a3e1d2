a = [5, -2, 17, 0, 3]
print(min(a), max(a), sum(a))
print(sum(a, 100))
print(max([[1, 2], [1, 3], [0, 9]]))
print(min(["pear", "apple", "fig"]))
print(sum([0.5, 0.25]))
print(sum([[1], [2, 3]], []))
print(max(a[1:3]), min(a[::2]))
print(len(a) * max(a))
