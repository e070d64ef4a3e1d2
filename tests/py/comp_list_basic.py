print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0])
print([x for x in range(20) if x % 2 if x % 3])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([c.upper() for c in "abc"])
print([[j for j in range(i)] for i in range(4)])
words = ["apple", "kiwi", "banana"]
print([len(w) for w in words])
print([w for w in words if "a" in w])
print([x if x > 2 else -x for x in range(5)])
pairs = [(1, "a"), (2, "b")]
print([f"{n}{s}" for n, s in pairs])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for row in matrix for i in range(len(row))])
print([[row[i] for row in matrix] for i in range(3)])
print([])
print([x for x in []])
print(sum([x for x in range(101)]))
