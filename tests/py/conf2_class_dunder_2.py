class Bag:
    def __init__(self): self.items = []
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
    def __setitem__(self, i, v): self.items[i] = v
    def __delitem__(self, i): del self.items[i]
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def add(self, x): self.items.append(x); return self
b = Bag().add(1).add(2).add(3)
print(len(b), b[0], b[-1], 2 in b, 9 in b, list(b), [x * 2 for x in b])
b[0] = 10
del b[1]
print(list(b), b[0:1] if False else b.items)
class Fn:
    def __init__(self, n): self.n = n
    def __call__(self, x): return x + self.n
f = Fn(5)
print(f(1), callable(f), callable(5), list(map(f, [1, 2])))
class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, t, v, tb): print("exit", t.__name__ if t else None); return True
with Ctx() as c:
    print("inside", type(c).__name__)
    raise ValueError
print("after")
