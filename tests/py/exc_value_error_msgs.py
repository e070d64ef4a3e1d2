try:
    int("abc")
except ValueError as e:
    print(e)
try:
    int("12", 2)
except ValueError as e:
    print(e)
try:
    int("")
except ValueError as e:
    print(e)
try:
    int("1.5")
except ValueError as e:
    print(e)
try:
    float("x1")
except ValueError as e:
    print(e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print(e)
try:
    [1, 2].index(3)
except ValueError as e:
    print(e)
try:
    "a,b".split("")
except ValueError as e:
    print(e)
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    min([])
except ValueError as e:
    print(e)
