import math
print(math.modf(3.25), math.modf(-2.5), math.modf(0.0))
print(math.frexp(8.0), math.frexp(-0.3), math.frexp(0.0))
print(math.ldexp(0.75, 4), math.ldexp(1.0, -3), math.ldexp(-3, 2))
m, e = math.frexp(123.456)
print(math.ldexp(m, e) == 123.456)
try:
    math.ldexp(1.0, 2000)
except OverflowError as e:
    print("OverflowError", e)
