x = 3.14159
n = 42
s = "ab"
print(f"{x:>8.3f}|")
print(f"{x:.2f}")
print(f"{n:05d}")
print(f"{n:>6}|{n:<6}|{n:^6}|")
print(f"{s:*^8}")
print(f"{s!r:>6}")
print(f"{-x:10.1f}|")
print(f"{n:x} {n:b}")
w = 7
print(f"{n:>{w}}|")
print(f"{x:.{2}f}")
print(f"{2 ** 70:d}")
