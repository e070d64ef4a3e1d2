def noisy(name, n):
    for i in range(n):
        print(name, i)
        yield i
z = zip(noisy('a', 3), noisy('b', 2))
print('start')
for p in z:
    print(p)
e = enumerate(noisy('c', 2))
print('e made')
for i, v in e:
    print(i, v)
print(list(zip()))
print(list(zip([1, 2], [3, 4], [5, 6])))
f = filter(lambda x: print('check', x) or x > 1, [1, 2, 3])
print('f made')
print(list(f))
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        print('next', self.i)
        return self.i
for a, b in zip(It(), It()):
    print(a, b)
print(list(map(lambda x: x + 1, It())))
