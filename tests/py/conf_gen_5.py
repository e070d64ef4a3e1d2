def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1

def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out

def filt(pred, it):
    for x in it:
        if pred(x):
            yield x

def mapg(f, it):
    for x in it:
        yield f(x)

def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

print(take(5, naturals()))
print(take(15, primes()))
print(take(5, mapg(lambda x: x * x, filt(lambda x: x % 3 == 0, naturals()))))

def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1

print(list(collatz(6)))
print(max(range(1, 30), key=lambda n: sum(1 for _ in collatz(n))))
for n in naturals(1):
    if sum(1 for _ in collatz(n)) > 100:
        print("first with >100 steps:", n)
        break

def cycle(seq):
    while True:
        for s in seq:
            yield s

print(take(7, cycle("ab")))
print(list(zip("xyz", cycle([0, 1]))))
