class I(int):
    pass
n = I(65)
print(hex(n), bin(I(5)), oct(I(8)), chr(n), "abc"[I(1)], [0] * I(3), 1 << I(2), n.bit_length(), n.to_bytes(2, "big"))
print(pow(I(2), I(3)), pow(I(2), 3, I(5)), I(10) / I(4), abs(I(-1)), round(I(15), -1), min(I(3), I(2)))
import time
print(list(range(I(1), I(7), I(2))), "x" * I(2), (1, 2, 3)[I(0):I(2)])
