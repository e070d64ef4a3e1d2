# Pseudo-random doubles (all exponents, from a fixed LCG) through repr,
# str, float() and every float presentation type, compared with CPython.
import struct

state = 0x2545F4914F6CDD1D


def next_bits():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return state


out = []
for i in range(300):
    b = next_bits()
    if i % 3 == 0:
        # Everyday magnitudes: exponent near 0.
        b = (b & 0x800FFFFFFFFFFFFF) | ((1023 + (b >> 52) % 40 - 20) << 52)
    x = struct.unpack("<d", struct.pack("<Q", b))[0]
    if x != x or x in (float("inf"), float("-inf")):
        continue
    p = b % 18
    r = repr(x)
    line = [r, str(x), repr(float(r)) == r, float(r) == x]
    line.append(format(x, ".%de" % p))
    line.append(format(x, ".%dg" % p))
    line.append(format(x, "#.%dG" % p))
    line.append(format(x, ".%df" % p) if abs(x) < 1e20 else format(x, ".2f")[:40])
    line.append("%.*e" % (p + 3, x))
    line.append(format(x, ".%d%%" % (p % 4)) if abs(x) < 1e10 else "")
    line.append(round(x, p - 9))
    out.append(" ".join(str(v) for v in line))
for line in out:
    print(line)
