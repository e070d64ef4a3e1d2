m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
transpose = [[row[i] for row in m] for i in range(len(m[0]))]
print(transpose)
identity = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(identity)
def matmul(a, b):
    return [[sum([a[i][k] * b[k][j] for k in range(len(b))]) for j in range(len(b[0]))]
            for i in range(len(a))]
print(matmul(m, identity) == m, matmul(m, m))
diag = [m[i][i] for i in range(3)]
print(diag, sum(diag))
flat = [x for row in m for x in row if x % 2 == 1]
print(flat)
squares = {n: n ** 2 for n in flat}
print(squares)
inverted = {v: k for k, v in squares.items()}
print(inverted)
primes = [n for n in range(2, 40) if all([n % d for d in range(2, n)])]
print(primes)
