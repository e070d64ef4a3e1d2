words = ["pear", "fig", "apple", "kiwi", "yam"]
print(min(words, key=len), max(words, key=len))
print(min(words, key=lambda w: w[-1]), max(words, key=lambda w: w[1]))
print(max([], default=None), min([], default="empty"), max((), default=0))
print(max([3], default=99), min("cab", default="z"), max(range(0), default=-1))
print(min(3, 1, 2, key=lambda x: -x), max(3, 1, 2, key=lambda x: -x))
ties = [(1, "first"), (0, "x"), (1, "second"), (0, "y")]
print(max(ties, key=lambda p: p[0]), min(ties, key=lambda p: p[0]))
print(max([-3, 2, -5, 4], key=abs), min([-3, 2, -5, 4], key=abs))
d = {"a": 3, "b": 7, "c": 5}
print(max(d, key=lambda k: d[k]), min(d, key=lambda k: d[k]), max(d.items(), key=lambda kv: kv[1]))
print(max([], key=len, default="none"))
for f in [min, max]:
    try:
        f([])
    except ValueError as e:
        print("ValueError", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError", e)
