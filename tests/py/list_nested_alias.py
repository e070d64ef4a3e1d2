grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
rows = []
for i in range(2):
    rows.append([0] * 3)
rows[0][0] = 1
print(rows)
a = [1, 2]
b = [a, a]
a.append(3)
print(b)
x = [1, [2, [3, [4]]]]
print(x[1][1][1][0])
print(x)
print(len(x), len(x[1]))
