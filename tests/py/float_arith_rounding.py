x = 0.0
i = 0
while i < 10:
    x += 0.1
    i += 1
print(x)
print(sum([0.1] * 10))
print(sum([0.5, 0.25, 0.125]))
print(1.0 - 0.9)
print(100.0 * 1.1)
print(3.0 * 1.1)
print(1e16 + 1)
print(1e16 + 2)
print(0.1 * 0.1)
print(1 / 7)
print(22 / 7)
print(9.95 * 10)
print(4.35 * 100)
print(0.3 - 0.1)
