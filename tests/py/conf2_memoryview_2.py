ba = bytearray(b"0123456789")
m = memoryview(ba)
sub = m[2:6]
print(len(sub), bytes(sub), sub.tolist(), sub[0], sub[-1], sub.nbytes)
sub[0] = 65
sub[1:3] = b"BC"
print(ba, bytes(m[::3]), list(m[:3]), m.readonly, memoryview(b"x").readonly)
print(b"-".join([m[0:2], b"z"]), bytearray(m[8:]), m[1:4].hex())
try:
    memoryview(b"ro")[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    memoryview(5)
except TypeError as e:
    print("TypeError", e)
for x in memoryview(b"ab"):
    print(x)
