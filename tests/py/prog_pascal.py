def pascal(n):
    rows = [[1]]
    for i in range(1, n):
        prev = rows[-1]
        row = [1]
        for j in range(1, i):
            row.append(prev[j - 1] + prev[j])
        row.append(1)
        rows.append(row)
    return rows

for r in pascal(8):
    print(r)
big = pascal(70)[-1]
print(max(big), sum(big) == 2 ** 69)
