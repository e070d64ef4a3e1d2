class P:
    def __init__(self): self.name = "pt"; self.xs = [1, 2]
p = P()
print("{0.name} {0.xs[1]} {p.name}".format(p, p=p), "{.imag}".format(3))
import math
print("{0.pi:.3f}".format(math))
