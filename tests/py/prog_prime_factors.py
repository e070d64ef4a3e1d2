def factors(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out

for n in [2, 12, 97, 360, 1001, 2 ** 20, 600851475143, 2 ** 32 + 1, 9999991, 2 ** 40 - 1, 10 ** 9 + 7]:
    f = factors(n)
    prod = 1
    for p in f:
        prod *= p
    print(n, f, prod == n)
