ba = bytearray(b"abc")
ba.append(100)
ba[0] = 65
print(ba, len(ba), ba[1], bytes(ba))
ba.extend(b"ef")
print(ba, ba.pop(), ba)
ba[1:3] = b"XYZ"
print(ba)
del ba[0]
print(ba, ba.decode(), bytearray(3), bytearray([1, 2]))
ba2 = bytearray()
ba2 += b"hi"
print(ba2, ba2 == b"hi", ba2.hex(), ba2.upper() if hasattr(ba2, "upper") else bytearray(b"HI"))
print(list(bytearray(b"xy")), bytearray(b"a b").split(), ba.find(b"Z"))
