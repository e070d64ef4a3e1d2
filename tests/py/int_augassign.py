x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 4
print(x)
x //= 5
print(x)
x %= 4
print(x)
x **= 10
print(x)
x <<= 3
print(x)
x >>= 2
print(x)
x &= 0xff
print(x)
x |= 0x100
print(x)
x ^= 0x1ff
print(x)
x /= 4
print(x)
y = 2
y **= 100
print(y)
