x = 0b1011_0110
print(x, bin(x), hex(x), oct(x))
print(x & 0xF, x | 0x100, x ^ 0xFF, ~x, x << 3, x >> 2)
print(-x >> 1, -1 >> 10, -1 << 5, ~0, ~-1)


def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c


print([popcount(i) for i in range(17)])
print(popcount(2 ** 100 - 1), bin(255).count("1"))


def bits(n, width=8):
    return "".join("1" if n >> i & 1 else "0" for i in range(width - 1, -1, -1))


for n in [0, 1, 5, 128, 255]:
    print(n, bits(n), int(bits(n), 2))
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC))
flags &= ~READ
print(flags, bits(flags, 3))
flags ^= WRITE
print(flags, bits(flags, 3))
print(1 << 64, (1 << 64) - 1 & 0xFFFF, (2 ** 100) >> 90)
print(0xdeadbeef, 0o777, 0b1, 1_000_000)
print(5 & -3, -5 | 3, -5 ^ -3, 12 & ~4)
print([i for i in range(32) if i & (i - 1) == 0 and i])
print(int.bit_length(255) if hasattr(int, "bit_length") else 8, (1024).bit_length(), (0).bit_length())
