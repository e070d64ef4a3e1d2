class D(dict):
    def __missing__(self, k):
        return k * 2

d = D(a=1)
print(d["a"], d[5], len(d), d, repr(d), type(d).__name__, "a" in d, 5 in d)
print(d.get(5), d.get("a"), list(d), list(d.items()), isinstance(d, dict))

class Attr(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)

    def __setattr__(self, k, v):
        self[k] = v

a = Attr()
a.x = 5
print(a.x, a["x"], a, hasattr(a, "y"), hasattr(a, "x"))

class Counter(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1

c = Counter()
for ch in "hello":
    c.add(ch)
print(sorted(c.items()), isinstance(c, dict), c["l"])

class Low(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)

    def __getitem__(self, k):
        return super().__getitem__(k.lower())

    def __contains__(self, k):
        return super().__contains__(k.lower())

l = Low()
l["ABC"] = 1
print(l["abc"], l["AbC"], list(l.keys()), "ABC" in l, "x" in l)

class Init(dict):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.extra = 1

i = Init({"q": 1}, r=2)
print(i, i.extra, len(i))

class Log(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        dict.__setitem__(self, k, v)
    def __delitem__(self, k):
        print("del", k)
        super().__delitem__(k)

g = Log()
g["a"] = 1
g["b"] = 2
del g["a"]
print(g, g == {"b": 2}, {"b": 2} == g, g != {})
g.update(c=3)
print(g, g.pop("c"), g.setdefault("z", 0), g)
for k, v in g.items():
    print(k, v)
for k in g:
    print(k)
import json
print(json.dumps(D(x=1)), dict(g), {**g})
print(D.fromkeys("ab", 0) == {"a": 0, "b": 0})
try:
    D()["q"]
    print(Low()["nokey"])
except KeyError as e:
    print("KeyError", e)
class Plain(dict):
    pass
p = Plain([(1, 2)], x=3)
print(p, p[1], p.copy(), type(p.copy()).__name__)
try:
    p[9]
except KeyError as e:
    print("KeyError", e)
print(sorted(p, key=str), bool(Plain()), bool(p))
del p[1]
print(p, "%(x)s" % p)
