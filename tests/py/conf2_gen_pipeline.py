def read(lines):
    for l in lines:
        yield l.strip()
def nonempty(it):
    return (l for l in it if l)
def upper(it):
    for l in it:
        yield l.upper()
src = [" a ", "", "b", "  ", "c "]
print(list(upper(nonempty(read(src)))))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for i, v in enumerate(fib()):
    if i >= 10:
        break
    out.append(v)
print(out)
g = (i * i for i in range(3))
print(next(g), list(g), list(g))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], "ab", range(2))))
