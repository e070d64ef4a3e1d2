print("start")
total = 0
for s in ["1", "2", "three"]:
    total += int(s)
    print("total", total)
print("unreachable")
