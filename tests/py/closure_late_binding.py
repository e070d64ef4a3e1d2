fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
funcs = []
for k in range(4):
    funcs.append(lambda: k * 10)
print([f() for f in funcs])
def make():
    out = []
    for j in range(3):
        def g():
            return j
        out.append(g)
    return out
print([g() for g in make()])
def make2():
    out = []
    for j in range(3):
        def g(j=j):
            return j
        out.append(g)
    return out
print([g() for g in make2()])
