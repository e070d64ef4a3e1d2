def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("exit seen")
        raise
x = g()
next(x)
x.close()
def h():
    yield from range(3)
    yield from "ab"
print(list(h()))
def count_up():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        else:
            n += 1
c = count_up()
print(next(c), next(c), c.send("reset"), next(c))
print(list(zip(count_up(), "abc")))
