i = 0
while i < 5:
    print(i)
    i += 1
n = 27
steps = 0
while n != 1:
    if n % 2 == 0:
        n //= 2
    else:
        n = 3 * n + 1
    steps += 1
print("steps", steps)
k = 10
while k:
    k -= 3
    if k < 0:
        break
print("k", k)
