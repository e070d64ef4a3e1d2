class Seq:
    def __getitem__(self, i):
        if i >= 5: raise IndexError(i)
        return i * i
print(list(Seq()))
for x in Seq():
    print(x, end=' ')
print()
print(9 in Seq(), 10 in Seq())
print(sum(Seq()), max(Seq()))
a, b, c, d, e = Seq()
print(a, e)
print(sorted(Seq(), reverse=True))
print(tuple(Seq()))
it = iter(Seq())
print(next(it), next(it))
print([x + 1 for x in Seq()])
print(list(enumerate(Seq())))
