class Resource:
    log = []

    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        Resource.log.append("enter " + self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            Resource.log.append("exit " + self.name + " clean")
        else:
            Resource.log.append("exit %s with %s(%s)" % (self.name, exc_type.__name__, exc))
        return self.suppress


with Resource("a") as r:
    Resource.log.append("inside " + r.name)

with Resource("b", suppress=True):
    raise KeyError("k")
Resource.log.append("after b")

try:
    with Resource("c"):
        raise ValueError("boom")
except ValueError as e:
    Resource.log.append("caught " + str(e))

with Resource("outer") as o, Resource("inner") as i:
    Resource.log.append(o.name + "+" + i.name)


def f():
    with Resource("ret"):
        return "returned"


Resource.log.append(f())
for line in Resource.log:
    print(line)
