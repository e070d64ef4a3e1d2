pts = [(x, y) for x in range(-2, 3) for y in range(-2, 3) if x * x + y * y <= 2]
print(len(pts), pts)
print(sorted(pts, key=lambda p: (p[0] ** 2 + p[1] ** 2, p)))
quads = {("Q1" if x > 0 and y > 0 else "Q2" if x < 0 < y else "Q3" if x < 0 and y < 0 else "Q4" if x > 0 > y else "axis") for x, y in pts}
print(sorted(quads))
board = [["X" if (r + c) % 2 else "O" for c in range(4)] for r in range(4)]
for row in board:
    print(" ".join(row))
print(sum(row.count("X") for row in board))
diag = [board[i][i] for i in range(4)]
anti = [board[i][3 - i] for i in range(4)]
print(diag, anti)
n = 5
pascal = [[1]]
for _ in range(n - 1):
    prev = pascal[-1]
    pascal.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
for row in pascal:
    print(" ".join(str(x) for x in row).center(20).rstrip())
print([sum(r) for r in pascal])
flat = sorted({v for row in pascal for v in row})
print(flat)
