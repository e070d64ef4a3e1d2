# Lists: build 100,000 ints, then iterate and index them several times.
N = 100000
items = []
for i in range(N):
    items.append(i * 3)

total = 0
for _ in range(5):
    for x in items:
        total += x
    i = 0
    while i < N:
        total -= items[i] // 3
        i += 7
print(total)
