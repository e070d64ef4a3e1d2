def table(n, m):
    return [[i * j for j in range(1, m + 1)] for i in range(1, n + 1)]
print(table(3, 4))

def pairs(xs):
    return [(a, b) for i, a in enumerate(xs) for b in xs[i + 1:]]
print(pairs([1, 2, 3, 4]))

def filt(xs, lo, hi):
    return [x for x in xs if lo <= x <= hi]
print(filt(range(20), 5, 9))

def adders(k):
    return [lambda x, i=i: x + i + k for i in range(3)]
print([f(100) for f in adders(10)])

def grid_words(words):
    return {w: [c for c in w if c not in "aeiou"] for w in words}
print(grid_words(["hello", "sky"]))

prefix = "item"
print([prefix + str(i) for i in range(3)])
print([[x + y for x in "ab"] for y in "12"])
print([x for row in [[1, 2], [3], []] for x in row])
