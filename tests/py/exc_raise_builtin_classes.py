try:
    raise ValueError
except ValueError as e:
    print(repr(str(e)), e.args)
try:
    raise ValueError("bad")
except ValueError as e:
    print(e, e.args)
try:
    raise ValueError("x", 2)
except ValueError as e:
    print(e, e.args)
print(ValueError("x", 2))
print(ValueError("single"))
print(ValueError())
print(KeyError("k"), KeyError(1), KeyError("a", "b"))
print(IndexError(5), TypeError("t"), ZeroDivisionError("z"))
print(Exception("generic"), Exception(1, "two", None))
e = RuntimeError("r")
print(e.args, e.args[0])
print(ValueError(["list"]), ValueError(("tup",)))
