matrix = [[i * 3 + j for j in range(3)] for i in range(4)]
print(matrix)
print([row[1] for row in matrix])
print([x for row in matrix for x in row])
print([x for row in matrix for x in row if x % 2 == 0])
print([[row[i] for row in matrix] for i in range(3)])
print([list(col) for col in zip(*matrix)])
print([[x * y for x in range(1, 4)] for y in range(1, 4)])
print([(i, j) for i in range(3) for j in range(i)])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print(["even" if x % 2 == 0 else "odd" for x in range(5)])
print([x if x > 0 else 0 for x in [-2, 5, -1, 3]])
print([y for x in [[1, [2]], [3]] for y in x])
grid = [["." for _ in range(5)] for _ in range(3)]
grid[1][2] = "#"
print("\n".join("".join(r) for r in grid))
bad = [["."] * 3] * 2
bad[0][0] = "X"
print(bad)
print([c * n for c, n in zip("abc", range(1, 4))])
