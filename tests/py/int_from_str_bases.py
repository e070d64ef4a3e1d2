print(int("ff", 16), int("FF", 16), int("-ff", 16), int("z", 36), int("Z", 36))
print(int("101", 2), int("777", 8), int("10", 3), int("  42  "), int("+7"), int("-0"))
print(int("0x1f", 0), int("0o17", 0), int("0b101", 0), int("42", 0), int("-0x10", 0))
print(int("0x1f", 16), int("0b11", 2), int("0o7", 8), int("0X1F", 16), int("0B11", 0))
print(int("1_000"), int("1_000_000", 10), int("ff_ff", 16), int("0x_ff", 16), int("0b_1_0", 0))
print(int("123456789012345678901234567890", 10), int("f" * 20, 16))
print(int("-1" + "0" * 25), int("\t-12\n"), int(" 0 "), int("00"), int("0_0"))
for s, base in [("1__0", 10), ("_1", 10), ("1_", 10), ("12", 2), ("", 10), ("0x", 16),
                ("010", 0), ("1.5", 10), ("- 1", 10), ("g", 16), ("0b2", 0)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError", e)
for base in [1, 37, -1]:
    try:
        print(int("1", base))
    except ValueError as e:
        print("ValueError", e)
