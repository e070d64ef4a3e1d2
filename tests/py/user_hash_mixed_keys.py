class N:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o):
        if isinstance(o, N): return self.v == o.v
        return self.v == o
d = {1: 'one', 'x': 'ex'}
print(d[N(1)], N('x') in d)
d2 = {N(5): 'five'}
print(d2[5] if 5 in d2 else 'missing')
print(d2.get(N(5)))
