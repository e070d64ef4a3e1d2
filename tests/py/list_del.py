a = [0, 1, 2, 3, 4, 5]
del a[0]
print(a)
del a[-1]
print(a)
del a[1]
print(a)
m = [[1, 2, 3], [4, 5, 6]]
del m[0][1]
print(m)
del m[1]
print(m)
b = ["x"]
del b[0]
print(b, len(b))
