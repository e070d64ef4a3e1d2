x = None
print(x)
print(x is None, x is not None)
print(repr(x), str(x))
print(type(x))
print(x == None, x != 0)
print([None, None])
def f():
    pass
print(f())
def g():
    return
print(g() is None)
d = {"a": 1}
print(d.get("b"))
print(print("inner"))
