def big(n):
    data = list(range(n))
    for x in data:
        yield x

live = []
for i in range(2000):
    g = big(50)
    next(g)
    if i % 100 == 0:
        live.append(g)
print(len(live))
print([next(live[0]), next(live[-1])])
total = 0
for g in live:
    total += sum(g)
print(total)

def make_chain(depth):
    if depth == 0:
        yield "leaf"
        return
    yield from make_chain(depth - 1)

for _ in range(300):
    c = make_chain(10)
    r = next(c)
print(r)
