class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


with Resource("a") as r:
    print("body", r.name)

with Resource("b", suppress=True):
    raise ValueError("swallowed")
print("after b")

try:
    with Resource("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

with Resource("d") as d, Resource("e") as e:
    print("two", d.name, e.name)


def f():
    with Resource("f"):
        return "returned"


print(f())
for i in range(3):
    with Resource("loop" + str(i)):
        if i == 1:
            continue
        if i == 2:
            break
        print("in loop", i)

try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)


