def upto(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "spent"

g = upto(2)
print(next(g, "d"), next(g, "d"), next(g, "d"), next(g, "d"))
empty = upto(0)
print(next(empty, None))
def first(iterable, default=None):
    for x in iterable:
        return x
    return default
print(first(upto(5)), first(upto(0), "none"))
it = upto(3)
print(next(it), it.__next__(), next(it))
try:
    it.__next__()
except StopIteration as e:
    print("StopIteration", e.value)
