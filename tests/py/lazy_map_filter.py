def f(x):
    print('f', x)
    return x * 2
m = map(f, [1, 2, 3])
print('created')
for v in m:
    print('got', v)
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
def gen():
    i = 0
    while True:
        yield i
        i += 1
m = map(lambda x: x * x, gen())
print(next(m), next(m), next(m))
print(list(zip(gen(), 'abc')))
e = enumerate(gen(), 5)
print(next(e), next(e))
fl = filter(lambda x: x % 3 == 0, gen())
print(next(fl), next(fl), next(fl))
print(list(filter(None, [0, 1, '', 'a', None, [], [1]])))
m = map(str, range(3))
print(iter(m) is m)
print(list(m), list(m))
