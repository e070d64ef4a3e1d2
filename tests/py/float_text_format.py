# format() and % of floats with e/f/g/% and precisions 0..20: correctly
# rounded on the exact binary value, ties to even.
values = [
    0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1.005, 0.045,
    1 / 3, 2 / 3, 123456.789, 1e16, 1.7976931348623157e308, 5e-324,
    2.2250738585072014e-308, 9.995, 99.5, 0.000123456, 1e-7, 123456789.0,
    0.1, 1e22, 6.02214076e23, -1.602176634e-19,
]
for v in values:
    for p in range(21):
        print(
            p,
            format(v, ".%de" % p),
            format(v, ".%dg" % p),
            "%.*G" % (p, v),
            "%#.*g" % (p, v),
            format(v, ".%d%%" % p),
        )
    for p in (0, 1, 2, 5, 10, 17, 20, 30):
        print(p, "%.*f" % (p, v))
    print(format(v, ""), format(v, "e"), format(v, "f"), format(v, "g"), format(v, "n"))
    print("%r %s %e %f %g %E %F" % (v, v, v, v, v, v, v))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, 3.5))
print("%.2f %.2f %.20f" % (2.675, 0.125, 0.1))
print(f"{0.125:.2f} {1e300:.3f}"[:80])
print(f"{1e300:f}")
print(f"{5e-324:.400f}")
print(f"{5e-324:.800e}")
print(f"{-1e-10:z.3f} {-0.0:z} {0.5:#.0f} {12345.678:,.2f} {1e6:_.1f}")
