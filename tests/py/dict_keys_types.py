d = {}
d[1] = "int"
d["1"] = "str"
d[(1,)] = "tuple"
d[None] = "none"
d[2.5] = "float"
print(d)
print(d[1], d["1"], d[(1,)], d[None], d[2.5])
e = {1: "a"}
e[1.0] = "b"
e[True] = "c"
print(e)
f = {0: "zero"}
print(f[False], f[0.0])
g = {2 ** 100: "big"}
print(g[2 ** 100], 2 ** 100 in g)
