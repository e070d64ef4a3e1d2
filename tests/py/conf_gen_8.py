def gen_with_finally():
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("cleanup")

g = gen_with_finally()
for x in g:
    print(x)
    if x == 2:
        break
print("after loop")
g.close()
print("closed")
g.close()
print(list(g))

def gen_raises():
    yield "a"
    raise ValueError("inside generator")

g = gen_raises()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught:", e)
print(list(g))

def guarded(items):
    for it in items:
        try:
            yield 10 // it
        except ZeroDivisionError:
            yield "div0"

print(list(guarded([1, 2, 0, 5, 0])))

def thrower():
    while True:
        try:
            x = yield
            print("got", x)
        except KeyError as e:
            print("handled KeyError", e)

t = thrower()
next(t)
t.send(1)
t.throw(KeyError("k1"))
t.send(2)
t.close()
it = iter([])
print(next(it, "empty"))
