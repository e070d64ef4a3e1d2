import math


def dist(p, q):
    return math.sqrt((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2)


pts = [(0, 0), (3, 4), (-1, 1), (6, 8), (2, -2)]
for p in pts:
    print(p, "%.4f" % dist((0, 0), p))
closest = min(((p, q) for i, p in enumerate(pts) for q in pts[i + 1:]), key=lambda pq: dist(*pq))
print("closest:", closest, "%.4f" % dist(*closest))


def polygon_area(vs):
    n = len(vs)
    s = 0
    for i in range(n):
        x1, y1 = vs[i]
        x2, y2 = vs[(i + 1) % n]
        s += x1 * y2 - x2 * y1
    return abs(s) / 2


print(polygon_area([(0, 0), (4, 0), (4, 3)]), polygon_area([(0, 0), (2, 0), (2, 2), (0, 2)]))


def angle_deg(p):
    return math.degrees(math.atan2(p[1], p[0]))


print(["%.1f" % angle_deg(p) for p in [(1, 0), (0, 1), (-1, 0), (1, 1), (0, -1)]])


def quadratic(a, b, c):
    d = b * b - 4 * a * c
    if d < 0:
        return ()
    if d == 0:
        return (-b / (2 * a),)
    r = math.sqrt(d)
    return tuple(sorted(((-b - r) / (2 * a), (-b + r) / (2 * a))))


for coeffs in [(1, -3, 2), (1, 2, 1), (1, 0, 1), (2, -4, -6), (1, 0, -2)]:
    print(coeffs, quadratic(*coeffs))
print(math.gcd(2 ** 40, 6 ** 15), math.floor(-0.5), math.ceil(-0.5))
print([math.floor(x) for x in [1.5, -1.5, 2.0, -2.0]], [math.ceil(x) for x in [1.5, -1.5]])
