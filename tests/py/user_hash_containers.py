class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __repr__(self): return 'K(%r)' % (self.v,)
d = {(K(1), 'a'): 1}
print(d[(K(1), 'a')], (K(1), 'a') in d)
print(hash((K(1), 2)) == hash((K(1), 2)))
print(K(1) in d.keys() if False else 'skip')
print(dict(zip([K(1), K(2)], 'ab')))
print(sorted(map(lambda k: k.v, {K(3), K(1), K(2)})))
class Boom:
    def __hash__(self): raise ValueError('no hash')
try:
    {Boom(): 1}
except ValueError as e:
    print('caught', e)
try:
    Boom() in {1: 2}
except ValueError as e:
    print('caught', e)
s = {K(i) for i in range(10)}
print(len(s), K(5) in s, K(10) in s)
dd = {K(i): i for i in range(12)}
print(len(dd), dd[K(11)], sorted(dd.values())[-1])
print({K(1): 1} == {K(1): 1})
counts = {}
for w in [K('x'), K('y'), K('x')]:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(set([K(1), K(1)]), frozenset([K(2)]))
dd.update({K(0): 'zero'})
print(dd[K(0)], dd.setdefault(K(0), 'no'), dd.pop(K(1)), K(1) in dd)
class K:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
print((K(1),) == (K(1),), [K(1)] == [K(1)], [K(1)] != [K(2)])
print((K(1),) in [(K(1),)], 1 in [K(1)] if False else 'skip', K(2) in (K(1), K(2)))
class N:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o
print(5 in [N(5)], 6 in [N(5)], [N(1)] == [1])
