a = [10, 20, 30, 40]
print(a[0], a[-1], a[2], a[-4])
a[1] = 99
a[-1] = "end"
print(a)
a[0] += 5
a[2] *= 2
print(a)
m = [[1, 2], [3, 4]]
m[1][0] = 30
m[0][1] += 100
print(m, m[1][1])
print(len(a), len(m), len([]))
