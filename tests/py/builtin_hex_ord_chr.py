print(hex(10), hex(16), hex(-16))
print(hex(0x7fffffffffffffff), hex(-0x8000000000000000))
print(ord("\n"), ord("\t"), ord("~"))
print(repr(chr(10)), repr(chr(0x7f)))
s = "Hello"
out = ""
for c in s:
    out += chr(ord(c) + 1)
print(out)
codes = []
for c in "€ü":
    codes.append(hex(ord(c)))
print(codes)
print(chr(0x1F600) == "😀")
