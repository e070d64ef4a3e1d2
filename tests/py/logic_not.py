a = True
b = False
print(not a, not b)
print(not not a)
print(a and not b)
print(not a == b)
print(not (a == b))
print(a != b)
x = 3
print(not x > 5)
print(not x in [1, 2])
print(x not in [1, 2, 3])
if not x == 4:
    print("x is not 4")
