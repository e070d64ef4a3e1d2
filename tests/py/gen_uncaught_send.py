def g():
    yield 1

it = g()
print(it.send(None))
it.send(2)
print("not reached")
