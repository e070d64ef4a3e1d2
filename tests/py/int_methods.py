print((0).bit_length(), (1).bit_length(), (255).bit_length(), (-256).bit_length(), (2 ** 100).bit_length())
print((0).bit_count(), (255).bit_count(), (-7).bit_count(), True.bit_length())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (5).to_bytes(4, byteorder="big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True), (127).to_bytes(1, "big", signed=True))
print((0).to_bytes(0, "big"), (0).to_bytes(3, "big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"))
print((10).as_integer_ratio(), (0.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (0.1).as_integer_ratio())
print((3.0).is_integer(), (3.5).is_integer(), (3).conjugate(), (2.5).conjugate())
print((5).real, (5).imag, (2.5).real, (2.5).imag, (7).numerator, (7).denominator, True.real)
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print("ValueError", e)
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError", e)
n = 2 ** 70 + 5
print(int.from_bytes(n.to_bytes(10, "little"), "little") == n)
