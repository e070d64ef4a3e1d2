def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

a = make_counter()
b = make_counter(10)
print(a(), a(), a(5))
print(b(), b(2))
print(a(), b())
