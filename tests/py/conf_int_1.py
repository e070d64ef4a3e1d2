print(2 ** 100)
print(2 ** 64 - 1, -(2 ** 63))
f = 1
for i in range(1, 31):
    f *= i
print("30! =", f)
print(len(str(f)), f % 1000003, f // 10 ** 20)
print(sum(int(d) for d in str(2 ** 1000)))
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, b - a, a * b)
print(b // a, b % a, divmod(b, a))
print(-a // 7, -a % 7, a // -7)
print(a == a + 0, a < b, (a * b) // b == a)
print(2 ** 200 // 2 ** 190, (1 << 100) >> 98, (1 << 100) | 1, (2 ** 70) & (2 ** 70 - 1))
print(abs(-(10 ** 30)), pow(3, 100), 10 ** 25 / 10 ** 24)
fibs = [0, 1]
while len(fibs) < 150:
    fibs.append(fibs[-1] + fibs[-2])
print(fibs[-1], fibs[100])
print(int("9" * 40) + 1)
print(hex(2 ** 80), bin(2 ** 70 + 5)[-8:])
print(str(-(2 ** 65)), int(str(3 ** 50)) == 3 ** 50)
