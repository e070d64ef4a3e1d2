words = ["pear", "fig", "apple", "kiwi", "date", "plum", "lime", "banana"]
by_len = sorted(words, key=lambda w: len(w))
print(by_len)
by_len_rev = sorted(words, key=lambda w: len(w), reverse=True)
print(by_len_rev)
by_first = sorted(words, key=lambda w: w[0])
print(by_first)
recs = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e")]
print(sorted(recs, key=lambda r: r[0]))
print(sorted(recs, key=lambda r: r[0], reverse=True))
nums = [5, -5, 3, -3, 0, 5]
print(sorted(nums, key=lambda n: abs(n)))
