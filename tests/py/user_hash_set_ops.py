class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __repr__(self): return 'K(%d)' % self.v
a = {K(1), K(2), K(3)}
b = {K(2), K(3), K(4)}
print(sorted((a & b), key=lambda k: k.v))
print(sorted((a | b), key=lambda k: k.v))
print(sorted((a - b), key=lambda k: k.v))
a.discard(K(1)); a.remove(K(2))
print(a)
print(frozenset([K(5)]) == frozenset([K(5)]))
print(list(dict.fromkeys([K(1), K(1), K(2)])))
print(K(1) in [K(0), K(1)])
print([K(1), K(2)].index(K(2)), [K(1), K(1)].count(K(1)))
