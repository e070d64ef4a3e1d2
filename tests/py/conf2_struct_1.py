import struct
p = struct.pack("<HI", 1, 2)
print(p, len(p), struct.unpack("<HI", p), struct.calcsize("<HI"), struct.calcsize("HI"))
print(struct.pack(">i", -2), struct.unpack(">f", struct.pack(">f", 1.5)), struct.pack("3s", b"abcd"))
print(struct.pack("<q", 2**40), struct.unpack("<bB", b"\xff\xff"), struct.pack("?", True))
print(struct.unpack("<2H", b"\x01\x00\x02\x00"), struct.pack(">d", 0.1).hex())
try:
    struct.pack("B", 300)
except struct.error as e:
    print("struct.error", e)
