def f(a, b, c, d, e, f=6, g=7, h=8):
    return [a, b, c, d, e, f, g, h]

print(f(1, 2, 3, 4, 5))
print(f(1, 2, 3, 4, 5, h=0))
print(f(e=5, d=4, c=3, b=2, a=1, g=0))

def total(a, b=0, c=0, d=0):
    return a + b + c + d

print(total(1), total(1, 2), total(1, 2, 3), total(1, 2, 3, 4))
print(total(1, d=10))
