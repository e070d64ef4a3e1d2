stack = []
stack.append(1); stack.append(2)
print(stack.pop(), stack)
q = [3, 1, 2]
print(sorted(q), q, q.sort(), q)
matrix = [[0] * 3 for _ in range(2)]
matrix[0][1] = 5
print(matrix)
print([1, 2, 3][::-1], list(range(10))[2:8:3], [1, [2, [3]]][1][1][0])
a = [1, 2, 3]
a[len(a):] = [4]
a[:0] = [0]
print(a, a.index(3), 3 in a, a.count(9))
print([x for x in a if x not in (1, 2)], list(filter(lambda x: x > 1, a)), [*a, *a][:4])
b = a[:]
b.append(99)
print(a == b, len(a), len(b), min(a), max(a), sum(a))
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1, 2].index(5)
except ValueError as e:
    print(e)
