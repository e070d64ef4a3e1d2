words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words, key=str.lower), list(map(str.upper, words)))
print(str.join("-", ["a", "b"]), list.count([1, 1, 2], 1), dict.get({1: 2}, 1))
print(abs.__name__, len.__name__, print.__name__)
d = {"x": 1}
d.update(y=2, z=3)
d.update([("w", 4)], v=5)
print(d)
