x = 3.14159265
n = 42
s = "hi"
v = 1234567890
print(f"[{x:>8.3f}]")
print(f"[{x:<8.2f}]")
print(f"[{x:^10.1f}]")
print(f"[{n:05d}]")
print(f"[{n:>6}] [{n:<6}] [{n:^6}]")
print(f"[{s!r}] [{s:>5}] [{s:*^7}]")
print(f"[{v:,}] [{-v:,}] [{1000:,}] [{999:,}]")
print(f"[{n:x}] [{n:X}] [{n:o}] [{n:b}] [{n:#x}] [{n:#b}]")
print(f"[{x:.0f}] [{2.5:.0f}] [{3.5:.0f}] [{x:e}] [{x:.2e}]")
print(f"[{0.5:%}] [{0.125:.1%}]")
print(f"[{-n:05d}] [{n:+d}] [{-n:+d}] [{n: d}]")
print(f"{n * 2} {s.upper()} {len(s)} {[1, 2][1]} {'nested'}")
width = 10
prec = 2
print(f"[{x:{width}.{prec}f}]")
print(f"{{literal braces}} {n}")
print(f"{'left':<10}|{'right':>10}|")
print(f"s={s!r} n={n!r} x={x!s}")
items = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
for name, price, qty in items:
    print(f"{name:<12}{price:>6.2f}{qty:>4d}{price * qty:>8.2f}")
print(f"{'TOTAL':<12}{sum(p * q for _, p, q in items):>18.2f}")
