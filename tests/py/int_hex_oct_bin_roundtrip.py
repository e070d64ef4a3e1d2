vals = [0, 1, -1, 7, 255, -256, 2 ** 31, -(2 ** 47), 2 ** 63 - 1, -(2 ** 64), 3 ** 50]
for v in vals:
    h, o, b = hex(v), oct(v), bin(v)
    print(v, h, o, len(b))
    print(int(h, 16) == v, int(o, 8) == v, int(b, 2) == v, int(h, 0) == v, int(str(v)) == v)
print(int("Ferrite", 36), int("-zz", 36), int("1" * 64, 2) == 2 ** 64 - 1)
print(hex(int("DEAD_BEEF", 16)), oct(int("0o7_7", 0)), bin(int("0b1_0_1", 0)))
