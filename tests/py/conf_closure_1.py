def make_counter(start=0, step=1):
    count = start

    def inc():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        old = count
        count = start
        return old

    return inc, reset


inc, reset = make_counter()
print(inc(), inc(), inc())
print(reset(), inc())
inc2, _ = make_counter(100, -10)
print(inc2(), inc2(), inc())


def outer():
    x = "outer"

    def middle():
        x = "middle"

        def inner():
            nonlocal x
            x = "inner-set"
            return x

        r = inner()
        return r, x

    return middle(), x


print(outer())
g = 0


def bump():
    global g
    g += 5
    return g


print(bump(), bump(), g)
