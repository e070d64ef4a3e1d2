def transpose(m):
    return [list(r) for r in zip(*m)]


def matmul(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(r, c)) for c in bt] for r in a]


def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(transpose(a))
print(matmul(a, b))
print(matmul(b, a))
print(matmul(identity(2), [[5, 6], [7, 8]]))
m = [[2, 0], [1, 3]]
p = identity(2)
for k in range(5):
    p = matmul(p, m)
    print(k + 1, p)
print([sum(r) for r in a], [sum(c) for c in zip(*a)])
print([a[i][i] for i in range(min(len(a), len(a[0])))])
spiral = []
mat = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
while mat:
    spiral += mat.pop(0)
    mat = [list(r) for r in zip(*mat)][::-1]
print(spiral)
rot = [list(r) for r in zip(*[[1, 2], [3, 4], [5, 6]][::-1])]
print(rot)
