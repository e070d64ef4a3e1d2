table = [("Name", "Qty", "Price"), ("Widget", 3, 4.5), ("Gadget", 12, 19.99), ("Thingamajig", 1, 100.0)]
w = [max(len(str(r[i])) if not isinstance(r[i], float) else len("%.2f" % r[i]) for r in table) for i in range(3)]
print(w)
header = table[0]
print("%-*s  %*s  %*s" % (w[0], header[0], w[1], header[1], w[2], header[2]))
for name, q, p in table[1:]:
    print("%-*s  %*d  %*.2f" % (w[0], name, w[1], q, w[2], p))
print("{:=^30}".format(" REPORT "))
for name, q, p in table[1:]:
    print("{:.<20}{:.>10.2f}".format(name, q * p))
print("{:>30}".format("total: {:.2f}".format(sum(q * p for _, q, p in table[1:]))))
for i in [1, 10, 100, 1000, 10000]:
    print("{:>6d} {:>8.3e} {:<8x}|{:^9,}|".format(i, i / 7, i * 3, i * 1000))
print("%-10s|%10s|" % ("left", "right"))
print("{0:>{1}}".format("dyn", 8), "{:{}}|".format("w", 4), "{:{}.{}f}".format(2.71828, 8, 3))
