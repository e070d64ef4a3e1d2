import math

print(math.pi, "%.3f" % math.pi, round(math.pi, 4), f"{math.pi:10.5f}|")
print(math.sqrt(144), int(math.sqrt(144)), math.sqrt(0), math.sqrt(1e100))
print([math.gcd(a, b) for a, b in [(12, 18), (7, 13), (100, 75), (0, 0)]])
print([math.floor(x / 3) for x in range(-4, 5)])
print([math.ceil(x / 3) for x in range(-4, 5)])
print([x // 3 for x in range(-4, 5)])


def is_square(n):
    r = int(math.sqrt(n))
    return r * r == n


print([n for n in range(200) if is_square(n)])


def num_digits(n):
    return math.floor(math.log10(n)) + 1 if n > 0 else 1


print([num_digits(n) for n in [1, 9, 10, 99, 100, 12345, 10 ** 12]])
fact = 1
for k in range(1, 11):
    fact *= k
print(fact, math.floor(math.e * 1000))
triples = [(a, b, int(math.sqrt(a * a + b * b))) for a in range(1, 30) for b in range(a, 30) if is_square(a * a + b * b)]
print(len(triples), triples[:6])
print(abs((0.1 + 0.2) - 0.3) < 1e-9, math.floor(-0.0), math.ceil(0.0001))
