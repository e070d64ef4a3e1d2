# A required keyword-only parameter may follow parameters with defaults.
def f(a=1, *, b, c=3):
    return a, b, c


print(f(b=2))
print(f(10, b=20))
print(f(c=30, b=0))
try:
    f()
except TypeError as e:
    print(e)
try:
    f(1, 2)
except TypeError as e:
    print(e)
