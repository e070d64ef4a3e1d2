m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(list(zip(*m)))
print([list(r) for r in zip(*m)])
print([list(r) for r in zip(*m[::-1])])
print([list(r)[::-1] for r in zip(*m)][::-1])
print([r[::-1] for r in m])
print(sum(m[i][i] for i in range(3)), sum(m[i][2 - i] for i in range(3)))
print([sum(r) for r in m], [sum(c) for c in zip(*m)], sum(map(sum, m)))
print(max(max(r) for r in m), min(min(r) for r in m))
flat = [x for r in m for x in r]
print(flat, [flat[i:i + 3] for i in range(0, 9, 3)] == m)
cp = [r[:] for r in m]
cp[0][0] = 100
print(m[0][0], cp[0][0])
alias = m[:]
alias[1][1] = 50
print(m[1][1])
m[1][1] = 5
magic = [[2, 7, 6], [9, 5, 1], [4, 3, 8]]
sums = [sum(r) for r in magic] + [sum(c) for c in zip(*magic)] + [sum(magic[i][i] for i in range(3)), sum(magic[i][2 - i] for i in range(3))]
print(sums, len(set(sums)) == 1)


def neighbors(g, r, c):
    return sum(g[rr][cc] for rr in range(r - 1, r + 2) for cc in range(c - 1, c + 2)
               if (rr, cc) != (r, c) and 0 <= rr < len(g) and 0 <= cc < len(g[0]))


grid = [[0, 1, 0, 0], [0, 1, 0, 0], [0, 1, 0, 0], [0, 0, 0, 0]]
for gen in range(3):
    print("\n".join("".join("#" if x else "." for x in r) for r in grid))
    print()
    grid = [[1 if (grid[r][c] and neighbors(grid, r, c) in (2, 3)) or (not grid[r][c] and neighbors(grid, r, c) == 3) else 0
             for c in range(4)] for r in range(4)]
