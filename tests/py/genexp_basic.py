def f(xs, k):
    return sum(x * k for x in xs if x % 2)
print(f(range(10), 3))
g = (c.upper() for c in "abc")
print(next(g), list(g))
print(any(x > 3 for x in [1, 5]), all(x for x in []))
print(max(len(w) for w in "the quick brown".split()))
print(sorted((y, x) for x in range(3) for y in "ab"))
print(", ".join(str(i) for i in range(4)))
def lazy():
    print("made")
    return [1, 2]
gen = (x for x in lazy())
print("before")
print(list(gen), list(gen))
t = tuple(x*x for x in range(5)); print(t)
print(dict((k, v) for k, v in zip("ab", [1, 2])))
print(set(x % 3 for x in range(10)) == {0, 1, 2})
print(type(gen).__name__)
