rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 2.0)]
print("{:<8}|{:>5}|{:>7}".format("name", "qty", "price"))
print("-" * 22)
total = 0.0
for r in rows:
    name, qty, price = r
    print("{:<8}|{:>5}|{:>7.2f}".format(name, qty, price))
    total += qty * price
print("{:<8}|{:>5}|{:>7.2f}".format("total", "", total))
print("{:=^22}".format(" end "))
