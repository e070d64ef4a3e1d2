def g():
    yield 1
    raise KeyError("missing")

for x in g():
    print("got", x)
print("not reached")
