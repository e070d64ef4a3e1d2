def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

for x in count_up(4):
    print("got", x)

def three():
    yield "a"
    yield "b"
    yield "c"

print(list(three()))
print(list(count_up(0)))
g = three()
print(next(g))
print(next(g))
print(next(g))
print(type(g).__name__)

def squares(limit):
    for i in range(limit):
        yield i * i

print(list(squares(6)))
total = 0
for s in squares(5):
    total += s
print(total)

def no_yield_reached(flag):
    if flag:
        yield 1
    print("body ran")

print(list(no_yield_reached(False)))
print(list(no_yield_reached(True)))

def lazy():
    print("started")
    yield 1
    print("resumed")
    yield 2
    print("ending")

g = lazy()
print("created")
print(next(g))
print(next(g))
print(list(g))
