x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 0 < x <= 5 < 6)
print("yes" if x > 3 else "no", [y for y in range(10) if (z := y * 2) > 10], z)
if (n := len("hello")) > 3:
    print("long", n)
a = b = c = 0
a += 1
print(a, b, c)
del a
try:
    a
except NameError as e:
    print(e)
i = 0
while True:
    i += 1
    if i > 3:
        break
else:
    print("no")
for j in range(2):
    pass
else:
    print("for-else", j)
