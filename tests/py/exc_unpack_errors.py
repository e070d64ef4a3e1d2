try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print(e)
try:
    x, y = "hello"
except ValueError as e:
    print(e)
try:
    p, q = []
except ValueError as e:
    print(e)
try:
    for k, v in [(1, 2), (3,)]:
        print(k, v)
except ValueError as e:
    print(e)
try:
    m, n = 7
except TypeError as e:
    print(e)
