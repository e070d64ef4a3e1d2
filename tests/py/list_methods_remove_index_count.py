a = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(a.count(5), a.count(1), a.count(7))
print(a.index(1), a.index(5), a.index(5, 5), a.index(3, 1))
a.remove(1)
print(a)
a.remove(5)
print(a)
print(a.count(1))
b = ["a", "b", "a"]
b.remove("a")
print(b, b.index("a"))
c = [1, 1.0, True]
print(c.count(1), c.index(True))
print([[1], [2]].index([2]))
