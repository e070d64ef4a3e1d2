def outer(x):
    def helper(y):
        return y * 2
    def other(a, b=1):
        return a + b
    return helper(x) + other(x)

print(outer(5))
print(outer(0))

def make_table(n):
    def cell(i, j):
        return str(i * j)
    rows = []
    for i in range(1, n + 1):
        row = []
        for j in range(1, n + 1):
            row.append(cell(i, j))
        rows.append(" ".join(row))
    return rows

for r in make_table(3):
    print(r)
