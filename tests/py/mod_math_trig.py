from math import sin, cos, tan, asin, acos, atan, atan2, pi, sqrt
print(sin(0), cos(0), tan(0))
print(round(sin(pi / 2), 10), round(cos(pi), 10))
print(asin(1), acos(1), atan(1), atan2(1, 1), atan2(-1, -1))
print(round(sqrt(2) ** 2, 12))
for deg in range(0, 360, 45):
    r = deg * pi / 180
    print(deg, round(sin(r), 4), round(cos(r), 4))
