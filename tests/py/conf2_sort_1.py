data = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
l = [5, 2, 8, 1]
l.sort(reverse=True)
print(l, sorted("hello"), sorted([3, 1, 2], reverse=True), sorted({"b": 1, "a": 2}))
words = ["banana", "Apple", "cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), min(data, key=lambda t: t[1]), max("abc"))
print(list(reversed([1, 2, 3])), list(reversed("ab")), list(reversed(range(3))))
