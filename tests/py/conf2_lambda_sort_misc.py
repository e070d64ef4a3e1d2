pairs = [(1, "one"), (3, "three"), (2, "two")]
pairs.sort(key=lambda p: p[1])
print(pairs)
f = lambda *a, **k: (a, k)
print(f(1, x=2), (lambda: None)(), (lambda x, y=3: x + y)(1))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, abs)(-5), list(map(lambda s: s[::-1], ["ab", "cd"])))
print(sorted(["b10", "a2", "a10"], key=lambda s: (s[0], int(s[1:]))))
people = [{"n": "x", "a": 30}, {"n": "y", "a": 25}]
print([p["n"] for p in sorted(people, key=lambda p: p["a"])], max(people, key=lambda p: p["a"])["n"])
