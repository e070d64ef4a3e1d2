a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a * b)
print(a + b)
print(a - b)
print(b - a)
print(-a * b)
print(a * 0)
print(a * 1 == a)
print(a * a * a)
c = 4294967296
print(c * c)
print(c * c * c)
print(3037000500 * 3037000500)
