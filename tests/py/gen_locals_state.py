def many_locals(a, b, c=10, *, d=20):
    e = a + b
    f = c * d
    for i in range(3):
        for j in range(2):
            yield (a, b, c, d, e, f, i, j)
    g = [e, f]
    yield g

for t in many_locals(1, 2):
    print(t)
print(list(many_locals(0, 0, c=1, d=2))[-1])

def interleave():
    x = [1, 2, 3]
    d = {"k": 0}
    for item in x:
        d["k"] += item
        yield d["k"], len(x)
        x.append(item * 10) if len(x) < 5 else None

print(list(interleave()))

def keyword_gen(start=0, step=1, count=3):
    v = start
    for _ in range(count):
        yield v
        v += step

print(list(keyword_gen()))
print(list(keyword_gen(step=5)))
print(list(keyword_gen(10, -2, count=4)))
try:
    keyword_gen(1, 2, 3, 4)
except TypeError as e:
    print("TypeError at call time:", e)

def unbound():
    yield 1
    print(later)
    later = 2

u = unbound()
next(u)
try:
    next(u)
except UnboundLocalError as e:
    print("UnboundLocalError")
