def make_counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = make_counter()
print(c(), c(), c())
fs = [lambda i=i: i * 2 for i in range(3)]
print([f() for f in fs])
gs = [lambda: i for i in range(3)]
print([g() for g in gs])
def outer():
    x = "outer"
    def mid():
        def inn():
            return x
        return inn()
    return mid()
print(outer())
total = 0
def add(v):
    global total
    total += v
add(5); add(6)
print(total)
