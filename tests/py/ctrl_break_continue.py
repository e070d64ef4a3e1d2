for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
j = 0
while True:
    j += 1
    if j == 3:
        continue
    if j > 5:
        break
    print("j", j)
for a in range(3):
    for b in range(3):
        if b == a:
            break
        print(a, b)
