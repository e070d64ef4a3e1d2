# Integer arithmetic in a tight loop: 3,000,000 iterations of small-int
# adds, multiplies and modulo, the interpreter's hottest path.
total = 0
i = 0
while i < 3000000:
    total = (total + i * 7) % 1000003
    i += 1
print(total)
