moves = []


def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src)


hanoi(3, "A", "C", "B")
for m in moves:
    print("move disk %d from %s to %s" % m)
print(len(moves))
for n in range(1, 11):
    moves = []
    hanoi(n, "L", "R", "M")
    print(n, len(moves), len(moves) == 2 ** n - 1)


def simulate(n):
    pegs = {"A": list(range(n, 0, -1)), "B": [], "C": []}
    global moves
    moves = []
    hanoi(n, "A", "C", "B")
    for disk, s, d in moves:
        top = pegs[s].pop()
        assert top == disk
        assert not pegs[d] or pegs[d][-1] > top
        pegs[d].append(top)
    return pegs


print(simulate(5))
