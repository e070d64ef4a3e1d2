def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")

def outer():
    try:
        for x in inner():
            try:
                yield x
            except KeyError:
                print("outer caught KeyError")
                continue
            finally:
                print("outer inner-finally", x)
    finally:
        print("outer finally")

o = outer()
print(next(o))
print(o.throw(KeyError))
try:
    next(o)
except StopIteration:
    print("done")

lam = lambda: (yield 5)
g = lam()
print(next(g))
try:
    g.send("sent")
except StopIteration as e:
    print("lambda gen returned", e.value)

def deleg():
    yield from inner()

d = deleg()
next(d)
try:
    d.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagated")

def gen_with_global():
    global counter
    while counter < 3:
        counter += 1
        yield counter

counter = 0
print(list(gen_with_global()), counter)

def yield_in_loop_with_else():
    for i in range(2):
        yield i
    else:
        yield "else"
    while False:
        pass
    else:
        yield "while-else"

print(list(yield_in_loop_with_else()))

def exc_in_finally_after_close():
    try:
        yield 1
    finally:
        raise ValueError("from finally")

e = exc_in_finally_after_close()
next(e)
try:
    e.close()
except ValueError as ex:
    print("close raised", ex)

def send_during_yield_from():
    x = yield from sub_echo()
    yield x

def sub_echo():
    a = yield "first"
    b = yield a
    return (a, b)

s = send_during_yield_from()
print(next(s), s.send("A"), s.send("B"))
g = (lambda: (yield))()
print(g.send(None))
