print(int("42"), int("-0"), int("0x10", 16), int("10", 8), int("z", 36), int("1010", 2))
for bad in ["4.2", "", "abc", "1e3", "0x10"]:
    try:
        print(int(bad))
    except ValueError:
        print("int(%r) -> ValueError" % bad)
print(float("1.5"), float("-.5"), float("1e-3"), float("  7  "), float(3), float("Infinity"))
try:
    float("one")
except ValueError:
    print("float('one') -> ValueError")
print(str(12), str(-1.25), repr(0.1), str(1.0), str(2 ** 0.5))
print(int(1e10), int(-1e3), int(2.999999), int(-0.1))
print(bool(0), bool(0.0), bool(-1), bool(""), bool("0"), int(False), float(True))
print(1 + True, 1.5 + True, 3 * False, True / 2)
print(type(1 + 1.0).__name__, type(2 * 3).__name__, type(6 / 3).__name__, type(7 // 2.0).__name__, type(True + True).__name__)
print(isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)))
print(chr(65) + chr(97), ord("0"), int("7") + ord("7") - 48)
n = 1234
print(str(n)[::-1], int(str(n)[::-1]) + 1, len(str(-n)), list(map(int, str(n))))
print(round(2.5), round(2.5001), round(-1.5), int(round(2.7)), type(round(2.7)).__name__, type(round(2.7, 1)).__name__)
print(10 ** -2, 10 ** 0, 0 ** 0, 2 ** 10 == 1024.0)
