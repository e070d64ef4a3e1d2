b = b"hello"
print(b, b[0], b[1:3], len(b), b + b"!", b * 2, b"l" in b, b.upper(), b.find(b"l"))
print(b.hex(), bytes.fromhex("4142"), bytes(3), bytes([65, 66]), bytes("hé", "utf-8"), list(b"ab"))
print(b.split(b"l"), b.replace(b"l", b"L"), b.startswith(b"he"), b.strip(b"ho"), b.decode())
print(b"a,b".split(b","), b" x ".strip(), b"-".join([b"a", b"b"]), b.count(b"l"), b.index(b"o"))
print(repr(b"\x00\xff\n'"), bytes(b"abc") == b"abc", b"abc" < b"abd", b.isalpha(), b"12".isdigit())
print(b.lower(), b"Hi".swapcase() if hasattr(b, "swapcase") else b"hI", b.endswith(b"lo"), b.rfind(b"l"))
