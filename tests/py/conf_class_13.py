class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __mul__(self, o):
        if isinstance(o, (int, float)):
            return Matrix([[x * o for x in r] for r in self.rows])
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __rmul__(self, k):
        return self * k

    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])

    def __eq__(self, o):
        return self.rows == o.rows

    def transpose(self):
        return Matrix(zip(*self.rows))

    def __str__(self):
        return "\n".join(" ".join("%3d" % x for x in r) for r in self.rows)


m = Matrix([[1, 2], [3, 4]])
print(m)
print(m * m)
print(2 * m)
print(m + Matrix.identity(2))
print(m * Matrix.identity(2) == m)
print(Matrix([[1, 2, 3], [4, 5, 6]]).transpose())
p = m
for _ in range(4):
    p = p * m
print(p)
