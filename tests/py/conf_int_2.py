for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (5, 17)]:
    print(a, b, a // b, a % b, divmod(a, b), int(a / b))
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, divmod(7.5, 2))
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13), pow(7, 0, 5), pow(10, 100, 7))
print(pow(2, -1), 2 ** -2, (-2) ** 3, -2 ** 2, (-8) ** 2)
ops = [("1 // 0", lambda: 1 // 0), ("1 % 0", lambda: 1 % 0), ("divmod(1, 0)", lambda: divmod(1, 0)),
       ("1 / 0", lambda: 1 / 0), ("1.0 / 0", lambda: 1.0 / 0), ("1 / 1", lambda: 1 / 1)]
for label, fn in ops:
    try:
        print(label, "=", fn())
    except ZeroDivisionError:
        print(label, "-> ZeroDivisionError")
print(10 / 4, 10 // 4, 10 / 5, type(10 / 5).__name__, type(10 // 5).__name__)
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(7))
print(round(3.14159, 2), round(2.675, 2), round(1234.5678, -2), round(15, -1), round(25, -1))
print(abs(-7), abs(-7.25), abs(0), max(-1, -1.5), min(3, 3.0))
print(int(7.9), int(-7.9), int("  -12 "), int(True), float("3.5"), float("-inf"), float(" 1e3 "))
