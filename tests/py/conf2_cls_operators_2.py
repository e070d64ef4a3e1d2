class M:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __repr__(self): return f"M{self.v}"
    def __len__(self): return self.v
    def __contains__(self, x): return x < self.v
    def __getitem__(self, k):
        if isinstance(k, slice): return ("slice", k.start, k.stop, k.step)
        return k * 2
print(sorted([M(3), M(1)]), M(1) < M(2), M(2) >= M(1), M(3) > M(5), len(M(4)), 2 in M(3))
print(M(1)[5], M(1)[1:2], M(1)[::3], bool(M(0)))
class N:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        if isinstance(o, int): return N(self.v + o)
        return NotImplemented
    def __radd__(self, o): return N(self.v + o + 100)
    def __repr__(self): return f"N({self.v})"
print(N(1) + 1, 1 + N(1), sum([N(1), N(2)], N(0)) if False else "x")
try:
    N(1) + "a"
except TypeError as e:
    print(e)
