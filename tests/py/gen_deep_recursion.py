def countdown(n):
    if n > 0:
        yield n
        yield from countdown(n - 1)

print(sum(countdown(400)))

def nested_for(n):
    if n > 0:
        for x in nested_for(n - 1):
            yield x
        yield n

print(sum(nested_for(300)))

def depth_return(n):
    if n == 0:
        return 0
    r = yield from depth_return(n - 1)
    yield r
    return r + 1

print(list(depth_return(200))[-3:])

def fails_deep(n):
    if n == 0:
        raise ValueError("bottom")
    yield from fails_deep(n - 1)

try:
    for _ in fails_deep(250):
        pass
except ValueError as e:
    print("caught", e)

def inner_for(n):
    for i in range(n):
        yield i
    return "r"

def mixed():
    total = 0
    for i in inner_for(3):
        total += i
        r = yield from inner_for(i)
        yield (i, r)
    yield total

print(list(mixed()))
