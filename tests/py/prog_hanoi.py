moves = []

def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src)

hanoi(3, "A", "C", "B")
for m in moves:
    print("disk", m[0], m[1], "->", m[2])
print(len(moves))
moves = []
hanoi(10, "L", "R", "M")
print(len(moves), moves[0], moves[-1], moves[511])
