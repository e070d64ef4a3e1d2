a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b)
print(~a, ~0, ~-1)
print(1 << 4, 256 >> 3)
print(-5 & 3, -5 | 3, -5 ^ 3)
print(-5 >> 1, -1 >> 10, -16 >> 2)
print(5 >> 10)
print(0xff & 0x0f, 0xf0 | 0x0f)
print(0o17, 0b101, 0x1F)
print(1_000_000)
print(-8 & -3, -8 | -3, -8 ^ -3)
