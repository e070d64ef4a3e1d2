x = 5.5
print(x % 2)
print(x // 2)
y = 0.0
print(x % y)
