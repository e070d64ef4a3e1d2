import struct
cases = [("<B", 256), ("<b", -129), ("<H", -1), ("<h", 40000), ("<i", 2 ** 31), ("<I", -1), ("@B", 300), ("@h", 99999)]
for fmt, v in cases:
    try:
        struct.pack(fmt, v)
    except struct.error as e:
        print(fmt, "error", e)
try:
    struct.pack("<ii", 1)
except struct.error as e:
    print("error", e)
try:
    struct.unpack("<i", b"\x00")
except struct.error as e:
    print("error", e)
try:
    struct.pack("<i", "x")
except struct.error as e:
    print("error", e)
try:
    struct.calcsize("<y")
except struct.error as e:
    print("error", e)
print(struct.error.__name__)
