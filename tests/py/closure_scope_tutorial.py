d = {"a": 1}
print(dict(**d, b=2))
print("{a}-{b}".format(**{"a": 1, "b": 2}))
print("{0}{1}".format(*"xy"))
def outer():
    k = 3
    return sorted([5, 1, 4], key=lambda v: (v % k, v))
print(outer())
def mk():
    base = 10
    add = lambda x: x + base
    return [add(v) for v in [1, 2]]
print(mk())
print(list(zip(*[[1, 2], [3, 4]])))
print(max([3, 7, 2], key=lambda x: -x))
def g():
    return [i for i in range(3)], {i: i for i in "ab"}
print(g())
print([x for x in range(3)] + [y for y in range(2)])
def scope_test():
    def do_local():
        spam = "local spam"
    def do_nonlocal():
        nonlocal spam
        spam = "nonlocal spam"
    def do_global():
        global spam
        spam = "global spam"
    spam = "test spam"
    do_local()
    print("After local assignment:", spam)
    do_nonlocal()
    print("After nonlocal assignment:", spam)
    do_global()
    print("After global assignment:", spam)
scope_test()
print("In global scope:", spam)
