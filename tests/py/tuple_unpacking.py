a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = "abc"
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
first, (second, third) = [1, [2, 3]]
print(first, second, third)
for k, v in [("a", 1), ("b", 2)]:
    print(k, v)
i, j = [10, 20]
print(i + j)
m, n = pair = 7, 8
print(m, n, pair)
a = b = c = 0
print(a, b, c)
