s = {4, 2, 8, 6}
total = 0
for x in s:
    total += x
print(total)
print(sorted(s), sorted(s, reverse=True))
print(list(s) == sorted(s), max(s), min(s), sum(s))
print(3 in s, 4 in s, 4 not in s)
words = ["apple", "pear", "apple", "fig", "pear"]
uniq = set(words)
print(len(uniq), sorted(uniq))
print(sorted(set("mississippi")))
it = iter({1})
print(next(it))
print(type(it).__name__)
