print(repr(ValueError("x")))
print(repr(ValueError("x", 2)))
print(repr(ValueError()))
print(repr(KeyError("k")))
print([ValueError("in list")])
try:
    int("z")
except ValueError as e:
    print(repr(e))
print("{!r}".format(TypeError("t")))
