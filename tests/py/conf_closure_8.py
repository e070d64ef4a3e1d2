calls = 0
memo = {}


def fib(n):
    global calls
    calls += 1
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r


print(fib(10), calls)
print(fib(50), calls)
print(fib(100))
print([fib(i) for i in range(15)])


def fib_naive(n, counter):
    counter[0] += 1
    return n if n < 2 else fib_naive(n - 1, counter) + fib_naive(n - 2, counter)


c = [0]
print(fib_naive(15, c), c[0])


def memoize(fn):
    cache = {}

    def w(*a):
        if a not in cache:
            cache[a] = fn(*a)
        return cache[a]
    return w, cache


def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


paths, paths_cache = memoize(paths)
print(paths(2, 2), paths(5, 5), paths(16, 16))
print(len(paths_cache))
