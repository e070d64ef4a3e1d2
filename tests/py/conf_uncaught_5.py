def gen():
    for i in range(5):
        if i == 3:
            raise RuntimeError("generator failed at %d" % i)
        yield i * i


total = 0
for v in gen():
    total += v
    print("value", v, "total", total)
print("done", total)
