x = 1.5
x += 1
print(x)
x *= 3
print(x)
x -= 0.25
print(x)
x /= 2
print(x)
x //= 1
print(x)
x %= 1.5
print(x)
x **= 2
print(x)
y = 7
y /= 2
print(y)
z = 10
z += 0.0
print(z)
