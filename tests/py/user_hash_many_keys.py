class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v % 3
    def __eq__(self, o): return self.v == o.v
d = {}
for i in range(50):
    d[K(i)] = i
print(len(d), d[K(17)], K(49) in d, K(50) in d)
s = set(K(i % 7) for i in range(30))
print(len(s))
print(sorted(k.v for k in s))
print(d.get(K(3)), d.get(K(99), 'none'))
print(d.pop(K(4)), len(d))
print({K(1), K(2)} == {K(2), K(1)})
