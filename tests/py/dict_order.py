d = {}
d["zebra"] = 1
d["apple"] = 2
d["mango"] = 3
print(list(d))
d["apple"] = 20
print(list(d))
del d["zebra"]
d["zebra"] = 4
print(list(d))
print(d)
for k in d:
    print(k, d[k])
n = {3: "c", 1: "a", 2: "b"}
print(n)
print(sorted(n))
