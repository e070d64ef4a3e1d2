# binascii: hex (with separators), base64 both ways (padding errors as
# CPython's), CRC-32.
import binascii

data = bytes(range(0, 256, 17)) + b"Ferrite"
print(binascii.hexlify(data))
print(binascii.hexlify(data, ":"), binascii.hexlify(b"\x01\x02\x03\x04\x05", b"-", 2))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", "_", -2), binascii.b2a_hex(b"\xff"))
print(binascii.unhexlify("00ff10Ab"), binascii.a2b_hex(b"cafe"))
for bad in ("abc", "zz"):
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print("Error", e, isinstance(e, ValueError))
for n in range(6):
    enc = binascii.b2a_base64(data[:n])
    print(enc, binascii.a2b_base64(enc) == data[:n], binascii.b2a_base64(data[:n], newline=False))
print(binascii.a2b_base64("RmVy cml0\nZQ=="))
for bad in (b"YWJ", b"Y", b"YWJjZA="):
    try:
        binascii.a2b_base64(bad)
    except binascii.Error as e:
        print("Error", e)
print(binascii.crc32(b"hello"), binascii.crc32(b" world", binascii.crc32(b"hello")), binascii.crc32(b"hello world"))
print(hex(binascii.crc32(data)), binascii.crc32(b""))
