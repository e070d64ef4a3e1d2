# repr()/str() of floats that are hard to print: shortest round-trip digits,
# ties between two shortest candidates, subnormals, powers of two and ten.
import struct


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


values = [
    0.0, -0.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 1e22, 1e23,
    9007199254740993.0, 1.7976931348623157e308, 2.2250738585072014e-308,
    5e-324, 1e-323, 1.5e-323, 0.0001, 0.00001, 123456789012345678.0,
    1e-5, 1.5e-7, 2 ** -24, 2 ** 63, 2 ** 64, 2 ** 1023, 2 ** -1022,
    595539236565877.2, 1000000000000000.2, 4.35, 0.3 * 3, 1.1 * 1.1,
    100.0, 1e100, 1e-100, 123.456, 3.141592653589793, 2.718281828459045,
]
bits = [
    0x0000000000000001, 0x000FFFFFFFFFFFFF, 0x0010000000000000,
    0x7FEFFFFFFFFFFFFF, 0x430C6BF526340002, 0x3FF0000000000001,
    0x3FEFFFFFFFFFFFFF, 0x4340000000000001, 0x0000000000000002,
    0x44B52D02C7E14AF6, 0x3E9421F5F40D8377, 0x7FE1CCF385EBC8A0,
]
values += [from_bits(b) for b in bits]
for i in range(1, 40):
    values.append(2.0 ** (i * 27 - 540))
    values.append(float("1e%d" % (i * 8 - 160)))
    values.append(i / 7)
for v in values:
    print(repr(v), str(-v), repr(float(repr(v))) == repr(v))
