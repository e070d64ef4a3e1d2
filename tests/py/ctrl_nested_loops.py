for i in range(1, 4):
    row = ""
    for j in range(1, 4):
        row += str(i * j) + " "
    print(row)
found = None
for x in range(1, 20):
    for y in range(x, 20):
        if x * x + y * y == 13 * 13:
            found = (x, y)
            break
    if found:
        break
print(found)
count = 0
i = 0
while i < 4:
    j = 0
    while j < i:
        count += 1
        j += 1
    i += 1
print(count)
