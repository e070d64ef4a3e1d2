def minmax(seq):
    lo = seq[0]
    hi = seq[0]
    for v in seq:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return lo, hi

def qr(a, b):
    return (a // b, a % b)

lo, hi = minmax([3, -1, 7, 2])
print(lo, hi)
print(minmax([5]))
q, r = qr(17, 5)
print(q, r)
print(qr(-17, 5))
res = qr(100, 7)
print(res[0], res[1], res)
