def matmul(a, b):
    rows = len(a)
    cols = len(b[0])
    inner = len(b)
    out = []
    for i in range(rows):
        row = []
        for j in range(cols):
            s = 0
            for k in range(inner):
                s += a[i][k] * b[k][j]
            row.append(s)
        out.append(row)
    return out

def identity(n):
    m = []
    for i in range(n):
        row = [0] * n
        row[i] = 1
        m.append(row)
    return m

A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
print(matmul(A, B))
print(matmul(B, A))
print(matmul(A, identity(3)) == A)
F = [[1, 1], [1, 0]]
P = identity(2)
for i in range(100):
    P = matmul(P, F)
print(P[0][1])
print(matmul([[0.5, 0.25]], [[2.0], [4.0]]))
