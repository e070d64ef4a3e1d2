def f(x):
    return x
def g(a, b=1):
    return a + b

def k(*, key):
    return key

try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    f()
except TypeError as e:
    print(e)
try:
    f(1, z=3)
except TypeError as e:
    print(e)
try:
    g()
except TypeError as e:
    print(e)
try:
    g(1, 2, 3)
except TypeError as e:
    print(e)
try:
    g(1, a=2)
except TypeError as e:
    print(e)
try:
    k()
except TypeError as e:
    print(e)
try:
    k(1)
except TypeError as e:
    print(e)
