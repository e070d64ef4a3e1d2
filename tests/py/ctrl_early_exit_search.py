grid = [[1, 2, 3], [4, 42, 6], [7, 8, 42]]
def locate(g, target):
    for r in range(len(g)):
        for c in range(len(g[r])):
            if g[r][c] == target:
                return r, c
    return None
print(locate(grid, 42))
print(locate(grid, 7))
print(locate(grid, 99))
pos = None
r = 0
while r < len(grid) and pos is None:
    c = 0
    while c < len(grid[r]):
        if grid[r][c] % 2 == 0 and grid[r][c] > 5:
            pos = (r, c)
            break
        c += 1
    r += 1
print(pos, r)
