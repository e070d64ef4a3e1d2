import math

print(math.sqrt(16), math.sqrt(2), math.pi, math.e)
print(math.floor(3.7), math.floor(-3.7), math.ceil(3.2), math.ceil(-3.2), math.trunc(-3.7))
print(type(math.floor(2.5)).__name__, math.floor(5), math.ceil(5.0))
print(math.gcd(48, 36), math.gcd(0, 5), math.gcd(17, 0), math.gcd(-12, 18))
print(math.fabs(-3), math.pow(2, 10), math.exp(0), math.log(math.e), math.log(8, 2), math.log10(1000))
print(round(math.sin(math.pi / 2), 10), round(math.cos(math.pi), 10), round(math.tan(math.pi / 4), 10))
print(round(math.degrees(math.pi), 6), round(math.radians(180), 6))
print(math.isinf(float("inf")), math.isnan(float("nan")), math.isfinite(1.0) if hasattr(math, "isfinite") else True)
print(math.fmod(7, 3), math.fmod(-7, 3), -7 % 3)
print(math.modf(3.25), math.hypot(3, 4), math.copysign(2, -0.0))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)


def circle(r):
    return math.pi * r * r, 2 * math.pi * r


for r in [1, 2.5, 10]:
    a, c = circle(r)
    print("r=%-4g area=%10.4f circ=%8.4f" % (r, a, c))
print(math.floor(math.sqrt(99)), math.ceil(math.log(1000, 10) - 1e-9))
