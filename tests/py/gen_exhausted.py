def two():
    yield 1
    yield 2

g = two()
print(list(g))
print(list(g))
for x in g:
    print("never", x)
print(next(g, None))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)

g = two()
for x in g:
    print(x)
    break
print("rest", list(g))

g = two()
a = next(g)
b = list(g)
print(a, b)
print(sum(two()), sum(g))
print(max(two()), min(two()))
try:
    max(g)
except ValueError as e:
    print("ValueError", e)
