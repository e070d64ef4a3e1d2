n = 5
try:
    len(n)
except TypeError as e:
    print(e)
try:
    len(None)
except TypeError as e:
    print(e)
try:
    n()
except TypeError as e:
    print(e)
try:
    n[0]
except TypeError as e:
    print(e)
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
try:
    abs("x")
except TypeError as e:
    print(e)
try:
    ord("ab")
except TypeError as e:
    print(e)
try:
    sum(["a", "b"])
except TypeError as e:
    print(e)
try:
    for x in 42:
        pass
except TypeError as e:
    print(e)
