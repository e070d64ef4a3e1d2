a = [1, 2]
b = [3]
print(a + b, a, b)
print(a * 3, [0] * 5, [] * 10, a * 0)
c = a
c += [9]
print(a, c, a is c)
d = a
d = d + [10]
print(a, d, a is d)
e = [1]
e *= 3
print(e)
print(2 in a, 10 in a)
print(len([[], [], []]))
print([1, 2] == [1, 2], [1, 2] != [2, 1])
