a = 17
b = 5
print(a + b, a - b, a * b)
print(a / b)
print(a // b, a % b)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(-a // -b, -a % -b)
print(a ** 2, b ** 3)
print(-a, +a, abs(-a))
print(0 - 0, 0 * -1)
print(1 + 2 * 3 - 4 // 2)
print((1 + 2) * (3 - 4) // 2)
