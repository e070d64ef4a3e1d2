for v in [0, 7, -7, 255, 2**40]:
    print(v, bin(v), oct(v), hex(v), f"{v:>12,}", str(v).rjust(6, "0"))
print(int("  -42  "), int("1010", 2), int("777", 8), int("ff", 16), int("-0b11", 0))
try:
    int("12a")
except ValueError as e:
    print(e)
try:
    int("")
except ValueError as e:
    print(e)
print(float("  2.5  "), float("-1e-3"), str(2.50), repr(0.1), 1e300 * 1e300, -1e300 * 1e300)
