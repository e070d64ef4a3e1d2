def countdown(n):
    print("start countdown", n)
    while n > 0:
        yield n
        n -= 1
    print("done countdown")


for x in countdown(3):
    print("got", x)
g = countdown(2)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration raised")
print(next(g, "default"))
print(list(countdown(0)))
print(sum(countdown(4)))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


out = []
for f in fib():
    if f > 100:
        break
    out.append(f)
print(out)
gen = fib()
print([next(gen) for _ in range(12)])
