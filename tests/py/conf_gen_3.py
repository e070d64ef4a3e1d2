def inner(n):
    for i in range(n):
        yield i
    return "inner-done-%d" % n


def outer():
    r1 = yield from inner(2)
    print("r1 =", r1)
    r2 = yield from inner(3)
    print("r2 =", r2)
    yield from "xy"
    yield from [10, 20]


print(list(outer()))


def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x


print(list(flatten([1, [2, 3, [4, [5, []]]], 6])))


def tree_walk(tree, depth=0):
    name, children = tree
    yield "  " * depth + name
    for c in children:
        yield from tree_walk(c, depth + 1)


t = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])])])
for line in tree_walk(t):
    print(line)


def gen_return():
    yield 1
    return 99


g = gen_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("return value:", e.value)
