b = bytearray(b"abcdef")
m = memoryview(b)
print(len(m), m[0], bytes(m[1:3]), m.tobytes(), list(m[:2]))
m[0] = 65
print(b)
mv = memoryview(b"xyz")
print(mv.tolist(), mv[1], bytes(mv), mv.nbytes, mv.readonly)
print(bytes(memoryview(b"hello")[::2]))
