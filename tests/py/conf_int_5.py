def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    i = 3
    while i * i <= n:
        if n % i == 0:
            return False
        i += 2
    return True


def factorize(n):
    fs = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            fs.append(d)
            n //= d
        d += 1
    if n > 1:
        fs.append(n)
    return fs


print([n for n in range(60) if is_prime(n)])
for n in [1, 2, 12, 97, 360, 1001, 65536, 999999, 2 ** 31 - 1, 600851475143]:
    print(n, is_prime(n), factorize(n))


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def lcm(a, b):
    return a * b // gcd(a, b)


print(gcd(1071, 462), lcm(4, 6), lcm(21, 6))
l = 1
for i in range(1, 21):
    l = lcm(l, i)
print("lcm(1..20) =", l)


def digits_sum(n):
    s = 0
    while n:
        n, r = divmod(n, 10)
        s += r
    return s


print(digits_sum(12345), digits_sum(2 ** 100), digits_sum(0))
print([n for n in range(1, 500) if n == sum(int(c) ** len(str(n)) for c in str(n))])
