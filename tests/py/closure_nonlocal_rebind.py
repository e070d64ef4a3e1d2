def accumulator():
    total = 0
    items = []
    def add(x):
        nonlocal total
        total += x
        items.append(x)
        return total
    def get():
        return total, items
    return add, get

add, get = accumulator()
add(3)
add(4)
print(get())

def outer():
    x = 1
    def change():
        nonlocal x
        x = 2
    print(x)
    change()
    print(x)
outer()

def two_levels():
    n = 0
    def mid():
        def inner():
            nonlocal n
            n += 100
        inner()
        inner()
    mid()
    return n
print(two_levels())
