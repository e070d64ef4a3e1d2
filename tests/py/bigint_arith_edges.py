# Big-int arithmetic at limb boundaries and with negative operands:
# floor division/modulo signs, shifts and two's-complement bitwise ops.
B = [0, 1, -1, 2**31, 2**32 - 1, 2**32, -2**32, 2**63, -2**63, 2**64 - 1,
     2**64, -2**64 - 1, 3**80, -(7**70), 10**40 + 7, -(10**40) + 3]

acc = 0
for a in B:
    for b in B:
        acc = (acc * 1000003 + (a + b) - (a - b) + a * b) % (2**127 - 1)
        if b:
            q, r = divmod(a, b)
            assert q * b + r == a, (a, b)
            assert r == 0 or (r < 0) == (b < 0), (a, b)
            assert a // b == q and a % b == r
            acc = (acc * 31 + q + r) % (2**127 - 1)
        acc ^= (a & b) ^ (a | b) ^ (a ^ b)
print(acc)

# Knuth D corner: quotient estimates that are too large.
x = (2**96 - 2**64) * (2**64 + 1) + 12345
for d in [2**64 + 1, 2**64 - 1, 2**95 + 1, -(2**64 + 1), 2**63 + 2**32 + 1]:
    print(d, divmod(x, d), divmod(-x, d))

big = 123456789 ** 20
print(divmod(big, -987654321987654321), divmod(-big, 987654321987654321))
print(-big // 10**50, -big % 10**50, big // -(10**50), big % -(10**50))

# Shifts of negatives round toward minus infinity.
for v in [-1, -2**32, -2**32 - 1, -(2**100) + 1, -(2**100), -(3**50)]:
    print([v >> s for s in (0, 1, 31, 32, 33, 64, 100, 1000)])
    print([(v << s) >> s == v for s in (1, 32, 65)])

# Two's complement with infinitely many sign bits.
for a in [-(2**70), -(2**70) + 1, 2**70 - 1, -1, -(3**45)]:
    for b in [2**64 - 1, -(2**33), 2**100 + 5, -7]:
        print(a & b, a | b, a ^ b)
    print(~a, ~~a == a, -a == ~a + 1)

# Powers, including a huge power of two (a shift), and 0/1/-1 to huge powers.
print((2**100000).bit_length(), (2**100000) % 1000007, (-2) ** 101, (-8) ** 33)
print(1 ** (10**30), (-1) ** (10**30), (-1) ** (10**30 + 1), 0 ** (10**30))
print(pow(3, 10**30, 10**9 + 7), pow(-3, 2**70 + 1, 10**20 + 39), pow(7, 12345, -1000003))
print(pow(2**80 + 3, -1, 10**30 + 57), pow(-5, -3, 2**61 - 1), pow(5, 0, 1))
try:
    pow(2**40, -1, 2**20)
except ValueError as e:
    print("ValueError", e)
print(2**200 / 2**100, (10**30 + 1) / 10**10, -(2**1100) / 3**600)
