class P:
    def __init__(self, x, y):
        self.x = x; self.y = y
    def __eq__(self, o):
        return isinstance(o, P) and self.x == o.x and self.y == o.y
    def __hash__(self):
        return hash((self.x, self.y))
d = {P(1, 2): 'a'}
print(d[P(1, 2)])
print(P(1, 2) in d, P(2, 1) in d)
s = {P(1, 2), P(1, 2), P(3, 4)}
print(len(s))
print(P(3, 4) in s)
print(hash(P(1, 2)) == hash((1, 2)))
d[P(1, 2)] = 'b'
print(len(d), d[P(1, 2)])
del d[P(1, 2)]
print(len(d))
