def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "inner recovered"
    finally:
        print("inner finally")

def outer():
    try:
        r = yield from inner()
        print("inner returned", r)
        yield "outer after"
    except KeyError:
        print("outer caught KeyError")
        yield "outer recovered"
    finally:
        print("outer finally")

o = outer()
print(next(o))
print(o.throw(ValueError("v")))
print(next(o))
print(next(o, "end"))

o = outer()
print(next(o))
print(o.throw(KeyError("k")))
o.close()

o = outer()
print(next(o))
o.close()
print("closed")

def sub():
    try:
        yield "s"
    except GeneratorExit:
        print("sub closing")
        raise

def delegator():
    try:
        yield from sub()
    except GeneratorExit:
        print("delegator closing")
        raise

d = delegator()
next(d)
d.close()

def through_list():
    try:
        yield from [1, 2, 3]
    except IndexError:
        yield "caught in delegator"

t = through_list()
print(next(t))
print(t.throw(IndexError))
print(list(t))

def sender_inner():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

def sender_outer():
    r = yield from sender_inner()
    yield "total=" + str(r)

s = sender_outer()
next(s)
s.send(5)
s.send(6)
print(s.send(None))
try:
    x = through_list()
    next(x)
    x.send(5)
except AttributeError as e:
    print("AttributeError", e)
