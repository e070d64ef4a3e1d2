l = [1, 2, 3, 4, 5]
l[1:3] = ["a", "b", "c"]
print(l)
l[::2] = [0, 0, 0]
print(l)
del l[0]
del l[-2:]
print(l)
l2 = list(range(10))
del l2[::3]
print(l2, l2[::-2], l2[1:-1:2])
l3 = [3, 1]
l3.extend([5, 6])
l3.insert(0, 9)
l3.insert(100, 7)
print(l3, l3.pop(), l3.pop(0), l3.index(5), l3.count(1))
l3.reverse()
print(l3, l3 * 2, [0] * 3, l3 + [1], l3.copy() is not l3)
a = [1, 2]
b = a
b += [3]
print(a, [1, 2] < [1, 3], [1, 2] == [1, 2], [[0] * 2 for _ in range(2)])
l4 = [1, 2, 3]
l4[1:2] = []
print(l4)
