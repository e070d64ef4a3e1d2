d = {}
class Evil:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o):
        d.clear()
        return False
for i in range(3):
    d[Evil(i)] = i
print(len(d) <= 3)
try:
    print(d.get(Evil(9)))
except RuntimeError as e:
    print('rt')
print(len(d))
class Grow:
    def __init__(self, v): self.v = v
    def __hash__(self): return 0
    def __eq__(self, o):
        for i in range(20):
            s2.add(i)
        return self.v == o.v
s2 = set()
s = {Grow(1)}
print(Grow(1) in s, Grow(2) in s)
