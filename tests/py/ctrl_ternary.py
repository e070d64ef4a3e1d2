for n in range(-2, 3):
    print(n, "pos" if n > 0 else "neg" if n < 0 else "zero")
x = 5
y = x * 2 if x > 3 else x - 1
print(y)
print([1] if x else [])
s = "even" if x % 2 == 0 else "odd"
print(s)
print((lambda v: v + 1)(3) if True else 0)
z = None
print(z if z is not None else "default")
print(0 if 0 else 1, "" if "" else "empty")
