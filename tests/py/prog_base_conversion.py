DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"

def to_base(n, b):
    if n == 0:
        return "0"
    neg = n < 0
    n = abs(n)
    out = ""
    while n > 0:
        out = DIGITS[n % b] + out
        n //= b
    return "-" + out if neg else out

for n in [0, 5, 255, -255, 1000, 2 ** 64]:
    print(n, to_base(n, 2), to_base(n, 16), to_base(n, 36))
for b in [2, 3, 7, 16, 36]:
    s = to_base(123456789, b)
    print(b, s, int(s, b))
print(hex(2 ** 64) == "0x" + to_base(2 ** 64, 16))
