def running_average():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return count


ra = running_average()
print(next(ra))
for v in [10, 20, 30, 5]:
    print("avg:", ra.send(v))
try:
    ra.send(None)
except StopIteration as e:
    print("finished after", e.value)


def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print("echo closing, received", received)


e = echo()
print(next(e))
print(e.send("a"), e.send("b"))
e.close()
print("closed")


def accumulate():
    total = 0
    while True:
        x = yield total
        total += x


acc = accumulate()
next(acc)
print([acc.send(i) for i in range(1, 6)])
g = (i for i in range(3))
try:
    g.send(5)
except TypeError:
    print("TypeError: can't send non-None to just-started generator")
