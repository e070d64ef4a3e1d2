class P:
    def __init__(self, v): self.v = v
    def __format__(self, spec): return "P<" + spec + ">"
    def __str__(self): return "Pstr"
    def __repr__(self): return "Prepr"
p = P(1)
print(f"{p}", f"{p:abc}", f"{p!s}", f"{p!r}", "{}".format(p), "{!r}".format(p), format(p, "x"))
print(format(3.5, ".1f"), format(10, "b"), format("s", "^5"), format(1234, ","))
print(f"{True} {None} {True:d}", f"{[1,2][0]}", f"{'x' if 1 else 'y'}")
print("skip", f"{255:X}", f"{-255:x}", f"{65:c}")
print("{:.3}".format("abcdef"), "{:.3}".format(3.14159), "{:10.4}|".format(2.0/3))
print("{0[0]} {0[1]} {1[a]}".format([5, 6], {"a": 7}), "{.real}".format(5))
