b = bytearray()
print(b, len(b), bool(b))
b.append(65)
b.append(66)
b.extend([67, 68])
b.extend(b"EF")
print(b, len(b), b[0], b[-1], b[1:3])
b[0] = 97
print(b, bytes(b), b.decode())
print(b.pop(), b.pop(0), b)
print(bytearray(3), bytearray(b"xyz"), bytearray([1, 2, 255]), bytearray("hi", "utf-8"))
print(list(bytearray(b"ab")), 98 in bytearray(b"ab"), b"b" in bytearray(b"abc"))
print(bytearray(b"ab") == b"ab", b"ab" == bytearray(b"ab"), bytearray(b"a") == bytearray(b"b"))
c = b.copy()
c.reverse()
print(b, c)
big = bytearray()
for i in range(300):
    big.append(i % 256)
print(len(big), big[255], big[299], sum(big))
try:
    b.append(256)
except ValueError as e:
    print("ValueError", e)
try:
    b[100]
except IndexError as e:
    print("IndexError", e)
try:
    hash(b)
except TypeError as e:
    print("TypeError", e)
try:
    b[0] = "x"
except TypeError as e:
    print("TypeError", e)
b.clear()
print(b, type(b).__name__)
