print(0.1 + 0.2, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(1 / 3, 2 / 3, 10 / 3, 1e-7, 1e16, 1.5e300 * 1e10)
print(float("nan") == float("nan"), float("inf") > 1e308, -float("inf"))
print(3.0, 3.10, 100.0 / 3, 1e5, 1e-4, 123456789.123)
print(int(3.999), float(7), 7 / 1, 2 ** 0.5, 8 ** (1 / 3))
print(f"{1 / 3:.3f} {2 / 3:.10f} {1e6:.2f} {1e-6:.2e} {12345.6789:,.1f}")
print("%.4f %8.2f %-8.2f| %e %.0f" % (3.14159265, 2.5, 2.5, 314.0, 0.5))
print(round(0.1 + 0.2, 10), round(1 / 7, 4), round(-0.5), round(1e-10, 3))
print(1.0.is_integer(), 1.5.is_integer(), (2.5).as_integer_ratio())
print(float(2 ** 53) == 2 ** 53, float(2 ** 53 + 1) == 2 ** 53 + 1, 2 ** 53 + 1.0)
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
total = 0.0
for _ in range(1000):
    total += 0.001
print(total, round(total, 6))
print(1e308 * 10, -1e308 * 10, 5e-324 / 2)
print(7 == 7.0, hash(7) == hash(7.0), {7: "int"}[7.0], 1 < 1.0000001, 0.0 == -0.0)
print(max([1, 2.5, 2]), min([1.0, 1]), sorted([3, 1.5, 2, -0.5]))
print(divmod(-7.5, 2), -7.5 // 2, 7 % -3.0)
