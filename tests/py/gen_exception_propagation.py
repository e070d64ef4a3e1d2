def risky(n):
    for i in range(n):
        if i == 2:
            raise ValueError("bad value " + str(i))
        yield i

got = []
try:
    for v in risky(5):
        got.append(v)
except ValueError as e:
    print("caught", e)
print(got)

g = risky(5)
print(next(g), next(g))
try:
    next(g)
except ValueError as e:
    print("next raised", e)
print(next(g, "finished after error"))

def divide(items):
    for a, b in items:
        yield a / b

try:
    print(list(divide([(4, 2), (1, 0)])))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

def wrapper(src):
    try:
        for x in src:
            yield x
    except ValueError as e:
        yield "wrapped: " + str(e)

print(list(wrapper(risky(4))))

def key_lookup(d, keys):
    for k in keys:
        yield d[k]

try:
    print(sum(key_lookup({"a": 1}, ["a", "b"])))
except KeyError as e:
    print("KeyError", e)

def nested_handler():
    try:
        raise IndexError("inside")
    except IndexError:
        yield "in handler"
        raise

try:
    for v in nested_handler():
        print(v)
except IndexError as e:
    print("re-raised", e)
