def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

out = []
for f in fib():
    if f > 1000:
        break
    out.append(f)
print(out)

g = fib()
for _ in range(90):
    v = next(g)
print(v)

def primes():
    found = []
    n = 2
    while True:
        is_prime = True
        for p in found:
            if p * p > n:
                break
            if n % p == 0:
                is_prime = False
                break
        if is_prime:
            found.append(n)
            yield n
        n += 1

ps = primes()
print([next(ps), next(ps), next(ps), next(ps), next(ps)])
count = 0
for p in primes():
    if p > 200:
        break
    count += 1
print(count)

def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1

print(list(collatz(27))[:10], len(list(collatz(27))))
print(max(collatz(27)))
