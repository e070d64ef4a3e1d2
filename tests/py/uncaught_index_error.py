a = [1, 2, 3]
i = 0
while True:
    print(a[i])
    i += 1
