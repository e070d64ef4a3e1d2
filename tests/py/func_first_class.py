def double(x):
    return x * 2

def apply(f, v):
    return f(v)

def twice(f, v):
    return f(f(v))

print(apply(double, 4))
print(twice(double, 4))
ops = {"d": double, "n": abs, "s": str}
for k in ops:
    print(k, ops[k](-3))
g = double
print(g is double, g(21))
print(apply(len, "hello"))
print(apply(sorted, "cab"))
