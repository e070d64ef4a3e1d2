def rle_encode(s):
    if not s:
        return ""
    out = []
    prev, n = s[0], 1
    for c in s[1:]:
        if c == prev:
            n += 1
        else:
            out.append("%d%s" % (n, prev))
            prev, n = c, 1
    out.append("%d%s" % (n, prev))
    return "".join(out)


def rle_decode(s):
    out = []
    num = ""
    for c in s:
        if c.isdigit():
            num += c
        else:
            out.append(c * int(num))
            num = ""
    return "".join(out)


for s in ["aaabbbcccd", "abc", "", "zzzzzzzzzzzz", "aabbaa"]:
    e = rle_encode(s)
    print(repr(s), "->", repr(e), "->", repr(rle_decode(e)), rle_decode(e) == s)


def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    neg = n < 0
    n = abs(n)
    out = ""
    while n:
        n, r = divmod(n, b)
        out = digits[r] + out
    return "-" + out if neg else out


for n in [0, 7, 255, -255, 123456789, 2 ** 64]:
    print(n, to_base(n, 2)[:20], to_base(n, 16), to_base(n, 36))
print(int("ff", 16), int("-101", 2), int("z", 36), int("0x1F", 16), int("  42  "), int("0o17", 8))
print(hex(255), oct(8), bin(10), hex(-16), bin(0))
