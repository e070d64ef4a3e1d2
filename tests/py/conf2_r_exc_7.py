def f(n):
    if n == 0:
        raise ValueError("zero")
    return f(n - 1)
try:
    f(3)
except ValueError as e:
    print("deep", e)
import sys
def g():
    try:
        raise TypeError("t")
    except TypeError:
        return sys.exc_info()[0].__name__ if hasattr(sys, "exc_info") else "TypeError"
print(g())
try:
    raise Exception("a", 1)
except Exception as e:
    print(str(e), e.args[1])
class E(Exception):
    def __init__(self, v):
        self.v = v
        super().__init__(f"value {v}")
try:
    raise E(3)
except E as e:
    print(e, e.v, repr(e))
