def collatz_len(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps

best = 0
best_n = 0
for n in range(1, 1000):
    s = collatz_len(n)
    if s > best:
        best = s
        best_n = n
print(best_n, best)
seq = []
n = 6
while n != 1:
    seq.append(n)
    n = n // 2 if n % 2 == 0 else 3 * n + 1
seq.append(1)
print(seq)
print(collatz_len(27), collatz_len(2 ** 70), collatz_len(2 ** 70 + 1))
