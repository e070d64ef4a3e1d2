def gen_fin():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = gen_fin()
print(next(g))
g.close()
print("closed")
for x in gen_fin():
    print(x)
def gen_exc():
    try:
        yield 1
    except ValueError as e:
        yield "caught " + str(e)
g = gen_exc()
next(g)
print(g.throw(ValueError("boom")))
def inner():
    x = yield 1
    print("inner got", x)
    return "inner-ret"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield 2
g = outer()
print(next(g))
print(g.send("S"))

