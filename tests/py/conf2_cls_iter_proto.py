class Range3:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i
print(list(Range3(3)), sum(Range3(4)), max(Range3(5)), sorted(Range3(3), reverse=True))
r = Range3(2)
print(next(r), next(r), next(r, "end"))
class Tree:
    def __init__(self, v, kids=()): self.v = v; self.kids = list(kids)
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t), 3 in t)
