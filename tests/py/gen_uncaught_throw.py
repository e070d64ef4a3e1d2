def g():
    try:
        yield 1
    except KeyError:
        print("only KeyError handled")

it = g()
next(it)
print("throwing")
it.throw(ValueError("unhandled in generator"))
print("not reached")
