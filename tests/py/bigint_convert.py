# Conversions of big ints: text in bases, bytes, floats, hashing.
import math
import struct

vals = [0, 1, -1, 2**32, -(2**32) + 1, 2**64 + 2**32 + 1, -(3**100), 7**77, -(2**255)]
for v in vals:
    for base in (2, 3, 7, 8, 10, 16, 36):
        s = format(abs(v), "x") if base == 16 else None
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"
        n, out = abs(v), ""
        while n:
            n, d = divmod(n, base)
            out = digits[d] + out
        out = ("-" if v < 0 else "") + (out or "0")
        assert int(out, base) == v, (v, base)
        assert int(out.upper(), base) == v
        if s is not None:
            assert s == out.lstrip("-")
    print(hex(v), oct(v), bin(v)[:40], str(v)[:40])
print(int("_".join(["1234"] * 30)), int("0x" + "f" * 40, 0), int("-0b" + "10" * 50, 0))
print(int("  -" + "9" * 100 + "  "), int("z" * 30, 36), int("0o" + "7" * 60, 8))
for bad in ["1" * 50 + "_", "0x", "9" * 40 + "a", "--5"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError", str(e)[:60])

# to_bytes / from_bytes, both orders, signed and unsigned.
for v in [0, 127, 128, 255, 256, -1, -128, -129, 2**64, -(2**64), 2**127 - 1, -(2**127)]:
    for order in ("big", "little"):
        n = max(1, (v.bit_length() + 8) // 8)
        b = v.to_bytes(n, order, signed=True)
        assert int.from_bytes(b, order, signed=True) == v
        print(v, order, b.hex())
        if v >= 0:
            u = v.to_bytes(n + 2, order)
            print(u.hex(), int.from_bytes(u, order))
for v, n, signed in [(128, 1, True), (-129, 1, True), (2**64, 8, False), (-1, 4, False)]:
    try:
        v.to_bytes(n, "big", signed=signed)
    except OverflowError as e:
        print("OverflowError", e)
print(int.from_bytes(b"\xff" * 20, "big", signed=True), int.from_bytes(b"\xff" * 20, "little"))
print(int.from_bytes(bytes(range(1, 30)), "big"), int.from_bytes([0x80] + [0] * 15, "big", signed=True))

# float(big): correctly rounded, half to even; OverflowError past the range.
for v in [2**53 + 1, 2**53 + 3, 2**64 + 2**11, 2**64 + 2**11 + 1, 2**64 + 3 * 2**11,
          2**200 + 2**147, 2**200 + 2**147 + 1, 2**1023, 2**1024 - 2**970 - 1,
          -(2**1024 - 2**971), 3**600, -(10**300) - 1]:
    print(struct.pack(">d", float(v)).hex(), float(v) == v, v == float(v), float(v) < v, float(v) > v)
for v in [2**1024, 2**1024 - 2**970, -(2**1024), 10**400]:
    try:
        float(v)
    except OverflowError as e:
        print("OverflowError", e)
try:
    print(10**400 + 1.5)
except OverflowError as e:
    print("OverflowError", e)
print(math.log(10**400), math.log2(2**2000 + 1), math.log10(10**500))
print(math.isqrt(10**80 + 12345), math.isqrt(2**201 - 1), math.isqrt(0), math.isqrt(2**64 - 1))
print(math.gcd(2**100 * 3**40, 2**60 * 3**70 * 5), math.gcd(-(10**30), 10**25 * 7), math.lcm(2**70, 3**40, 6))
print(math.factorial(60), math.comb(200, 100), math.perm(70, 30))
print(math.floor(1e300) == 10**300, int(1e300), int(-2.5e40), math.trunc(-9.99e25), round(7.5e30))

# hash(big int) == hash(equal float); CPython's modular hash.
for v in [2**61 - 1, 2**61, 2**62 + 5, 2**64, 2**100, -(2**100), 3**100, -(2**61 - 1), 2**1000]:
    print(hash(v), hash(v) == hash(float(v)) if float(v) == v else "inexact")
print(hash(-(2**61) + 1), hash(2**122 - 2), len({2**64, float(2**64), 2**64 + 0}))

# Formatting.
v = -(2**100) + 12345
print(f"{v:,}", f"{v:_x}", f"{-v:#o}", f"{v:#b}"[:30], f"{v:>60}", f"{-v:+e}", f"{v:.3%}"[:20])
print("%d %x %X %o" % (v, v, -v, v), "%50d|" % -v, "%.5e" % v)
try:
    print("%e" % 10**400)
except OverflowError as e:
    print("OverflowError", e)
print(round(2**70 + 2**69, -20), round(-(10**30) - 5 * 10**9, -10), round(25 * 10**30, -31), round(35 * 10**30, -31))
print(struct.pack(">q", -(2**63)).hex(), struct.pack("<i", -(2**31)).hex(), struct.pack("<Q", 2**64 - 1).hex(), struct.unpack(">Q", b"\xff" * 8))
try:
    struct.pack(">q", 2**63)
except struct.error:
    print("struct.error")  # (CPython's wording for 'q' depends on the byte order)
print(sorted([2**70, -(2**70), 1.5, 2**70 + 0.0, -3, 2**64]), 2**70 == 2.0**70, 2**70 + 1 > 2.0**70)
print(abs(-(2**90)), -(-(2**90)), +(2**90), (2**90).bit_length(), (-(2**90) - 1).bit_count())
print((2**64 + 1).as_integer_ratio(), (1e200).as_integer_ratio()[0] == int(1e200))
