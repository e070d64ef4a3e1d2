class CM:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self.n
    def __exit__(self, et, ev, tb):
        print("exit", self.n, et.__name__ if et else None, ev)
        return False
with CM(1) as a, CM(2) as b:
    print("body", a, b)
try:
    with CM(3):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
def f():
    with CM(4):
        return "ret"
print(f())
