def cond(x):
    return "neg" if x < 0 else ("zero" if x == 0 else "pos")


print([cond(x) for x in [-5, 0, 3]])
vals = [3, None, 0, "", "x", [], [1], 0.0, -1]
print([bool(v) for v in vals])
print([v for v in vals if v])
print([v or "default" for v in vals])
print([v and "yes" for v in vals])
print(None or 0 or "" or "last")
print(1 and 2 and 3, 1 and 0 and 3)
a = 5
print("big" if a > 3 else "small", "even" if a % 2 == 0 else "odd")
print([i for i in range(20) if i % 2 if i % 3])
print([(i, "x" if i % 2 else "y") for i in range(4)])
print(1 < a < 10, 1 < a > 10, a == 5 == 5.0, 1 < 2 < 3 < 2)
print([x for x in range(-3, 4) if -2 <= x <= 2])
print(max(-1, 0) if a else min(-1, 0))
clamp = lambda v, lo, hi: lo if v < lo else hi if v > hi else v
print([clamp(v, 0, 10) for v in [-5, 5, 15]])
sign = [(x > 0) - (x < 0) for x in [-7, 0, 7]]
print(sign)
print(True + True, True * 10, sum([True, False, True]))
print(not [], not [0], not None, not 0.0)
