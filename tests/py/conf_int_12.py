def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best))
print([collatz_len(n) for n in range(1, 16)])


def triangle(n):
    return n * (n + 1) // 2


print([triangle(i) for i in range(1, 11)], triangle(10 ** 9))


def perfect_numbers(limit):
    out = []
    for n in range(2, limit):
        s = 1
        d = 2
        while d * d <= n:
            if n % d == 0:
                s += d
                if d * d != n:
                    s += n // d
            d += 1
        if s == n:
            out.append(n)
    return out


print(perfect_numbers(10000))


def to_binary_str(n):
    if n == 0:
        return "0"
    out = []
    while n:
        out.append(str(n & 1))
        n >>= 1
    return "".join(reversed(out))


print([to_binary_str(n) for n in [0, 1, 2, 7, 8, 255, 1023]])
print(all(to_binary_str(n) == bin(n)[2:] for n in range(500)))
amicable = [(a, b) for a in range(2, 1500) for b in [sum(d for d in range(1, a // 2 + 1) if a % d == 0)] if a < b < 1500 and sum(d for d in range(1, b // 2 + 1) if b % d == 0) == a]
print(amicable)
