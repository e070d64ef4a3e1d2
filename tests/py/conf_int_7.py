def sqrt_newton(x, eps=1e-12):
    if x == 0:
        return 0.0
    g = x
    while abs(g * g - x) > eps * x:
        g = (g + x / g) / 2
    return g


for v in [2, 9, 10, 0.25, 1e6]:
    print("%-8g %.10f" % (v, sqrt_newton(v)))


def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


print(isqrt(10 ** 40), isqrt(2 * 10 ** 30), isqrt(99), isqrt(0), isqrt(1))


def pi_leibniz(n):
    return 4 * sum((-1) ** k / (2 * k + 1) for k in range(n))


print("%.6f" % pi_leibniz(100000))


def e_series(n):
    total, term = 0.0, 1.0
    for k in range(n):
        total += term
        term /= k + 1
    return total


print("%.12f" % e_series(20))


def compound(p, r, years):
    for _ in range(years):
        p *= 1 + r
    return p


for y in [1, 5, 10, 30]:
    print(y, "%.2f" % compound(1000, 0.05, y))
celsius = [-40, 0, 37, 100]
print([round(c * 9 / 5 + 32, 1) for c in celsius])
print(["%.1f" % ((f - 32) * 5 / 9) for f in [-40, 32, 98.6, 212]])
