print(1 + True, 1.5 + True, 2 ** 100 + True)
print(10 - 2.5, 2 ** 64 - 0.5)
print(3 * "ab", "ab" * 3, [0] * 2, 2 * (1,))
print(True * "x", False * [1])
print(7 // 2.0, 7 % 2.5, -7 // 2.0)
print(2 ** 0.5 > 1.41, 10 ** 20 > 1e19)
print(1 == 1.0 == True)
x = 5
x += 0.5
print(x)
y = 2 ** 70
y //= 2.0
print(y)
print(int("7") + float("0.5"), str(7) + "0.5")
