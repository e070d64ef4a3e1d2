for n in range(-1, 3):
    print("neg" if n < 0 else "zero" if n == 0 else "pos")
x = 5
print(0 < x < 10 < 100, 1 == 1 != 2, 1 < 2 > 0, not 1 < 0, 3 in [1, 3] and 2 not in [1])
print(None or "default", 0 or [] or "x", 1 and 2, 0 and 1, "" or 0)
print(x if x else -x, (x > 3) + (x > 4), True is True, [] is not [], None is None)
