b = b"hello\x00\xff'"
print(b, len(b), b[0], b[-1], b[1:4], b[::-1], list(b[:3]))
print(b"a" + b"bc", b"ab" * 3, b"" * 5, bool(b""), bool(b"x"))
print(b"ell" in b, 101 in b, 7 in b, b == b"hello\x00\xff'", b"abc" < b"abd", b"ab" < b"abc")
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(3)), bytes("héllo", "utf-8"))
print("héllo".encode(), b"h\xc3\xa9llo".decode(), b"abc".hex(), 'say "x"'.encode(), b'a"b\'c')
d = {b"k": 1}
print(d[b"k"], type(b))
for v in [lambda: bytes([256]), lambda: bytes("x"), lambda: b"\xff".decode(), lambda: b"x"[5], lambda: 300 in b"x"]:
    try:
        v()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e), e)
