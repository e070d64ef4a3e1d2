words = ["pear", "fig", "apple", "kiwi", "date", "banana", "yam", "plum"]
print(sorted(words))
print(sorted(words, reverse=True))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: w[-1]))
print(sorted(words, key=lambda w: (len(w), w)))
pairs = [(2, "a"), (1, "b"), (2, "c"), (1, "d"), (3, "e"), (2, "f")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs, reverse=True))
def neg(x):
    return -x
print(sorted([3, -1, 4, -1, 5, -9], key=abs), sorted([3, 1, 2], key=neg))
print(sorted(range(10), key=lambda x: x % 3), sorted(range(10), key=lambda x: x % 3, reverse=True))
print(sorted("Banana"), sorted("Banana", key=lambda c: c.lower()))
print(sorted({"b": 1, "a": 2, "c": 0}, key=lambda k: -len(k)), sorted([], key=len), sorted((2, 1)))
xs = [5, 2, 8, 1]
ys = sorted(xs)
print(xs, ys, xs is ys)
