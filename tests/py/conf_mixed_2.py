def grid_from(text):
    return [list(line) for line in text.strip().split("\n")]


maze = grid_from("""
S.#.....
.##.###.
....#...
.#.##.#.
.#....#E
""")
rows, cols = len(maze), len(maze[0])
start = next((r, c) for r in range(rows) for c in range(cols) if maze[r][c] == "S")
end = next((r, c) for r in range(rows) for c in range(cols) if maze[r][c] == "E")
print("start", start, "end", end)
prev = {start: None}
queue = [start]
while queue:
    cur = queue.pop(0)
    if cur == end:
        break
    r, c = cur
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and maze[nr][nc] != "#" and (nr, nc) not in prev:
            prev[(nr, nc)] = cur
            queue.append((nr, nc))
path = []
node = end
while node is not None:
    path.append(node)
    node = prev.get(node)
path.reverse()
print("length", len(path) - 1)
print(path[:5], "...")
for r, c in path[1:-1]:
    maze[r][c] = "*"
for row in maze:
    print("".join(row))
print("visited", len(prev), "cells of", rows * cols, "walls", sum(row.count("#") for row in maze))
