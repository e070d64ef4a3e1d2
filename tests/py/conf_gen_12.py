def gen_squares(n):
    for i in range(n):
        yield i * i

g = gen_squares(4)
print(type(g).__name__)
print(iter(g) is g)
print(list(g), list(g))

def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x

def drop_while(pred, it):
    it = iter(it)
    for x in it:
        if not pred(x):
            yield x
            break
    yield from it

nums = [1, 3, 5, 6, 7, 9, 2]
print(list(take_while(lambda x: x % 2, nums)))
print(list(drop_while(lambda x: x % 2, nums)))

def enumerate2(it, start=0):
    n = start
    for x in it:
        yield n, x
        n += 1

print(list(enumerate2("abc", 10)))

def my_zip(*its):
    its = [iter(i) for i in its]
    if not its:
        return
    while True:
        row = []
        for i in its:
            try:
                row.append(next(i))
            except StopIteration:
                return
        yield tuple(row)

print(list(my_zip([1, 2, 3], "ab", range(100))))
print(list(my_zip()))

def my_range(a, b=None, step=1):
    if b is None:
        a, b = 0, a
    while (step > 0 and a < b) or (step < 0 and a > b):
        yield a
        a += step

print(list(my_range(5)), list(my_range(10, 0, -3)), list(my_range(2, 2)))
print(list(range(10, 0, -3)) == list(my_range(10, 0, -3)))
