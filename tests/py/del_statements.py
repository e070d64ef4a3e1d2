d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
lst = list(range(8))
del lst[0], lst[-1]
print(lst)
del lst[::2]
print(lst)
try:
    del lst[10]
except IndexError as e:
    print(e)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError", e)
def f():
    a = 1
    b = 2
    del a
    return b, "a" in dir() if False else b
print(f())
x = 5
del x
try:
    del x
except NameError as e:
    print(e)
def g():
    v = 1
    def inner():
        nonlocal v
        del v
    inner()
    try:
        return v
    except NameError as e:
        return type(e).__name__
print(g())
