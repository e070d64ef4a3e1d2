def task(name, steps):
    for i in range(steps):
        yield name + str(i)

def round_robin(gens):
    queue = list(gens)
    while queue:
        g = queue.pop(0)
        try:
            print(next(g))
        except StopIteration:
            print("done")
            continue
        queue.append(g)

round_robin([task("a", 3), task("b", 1), task("c", 2)])

def ping():
    while True:
        msg = yield
        print("ping got", msg)

def pong(other):
    for i in range(3):
        other.send(i)
        yield i

p = ping()
next(p)
print(list(pong(p)))

gens = [task("x", 2), task("y", 2)]
print(list(zip(gens[0], gens[1])))
