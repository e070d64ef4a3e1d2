class Seq:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError
        return i
    def __len__(self): return self.n
print(list(reversed(Seq(4))), len(Seq(3)))
print(any(x > 2 for x in Seq(5)), all(Seq(1)))
def nat():
    n = 0
    while True:
        yield n
        n += 1
print(any(x > 10 for x in nat()))
print(next(filter(lambda x: x > 100, nat())))
print(dict(enumerate('ab')))
z = zip(Seq(3), 'xyz')
print(next(z), list(z))
m = map(lambda a, b: a * b, Seq(3), nat())
print(list(m))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__, type(iter(Seq(1))).__name__)
it = iter(Seq(2))
print(list(it), list(it))
print(max(map(len, ['a', 'abc', 'ab'])))
print(sum(map(int, '123')))
print(list(filter(str.isdigit, 'a1b2')))
print(set(map(abs, [-1, 1, -2])))
print(' '.join(map(str, range(3))))
