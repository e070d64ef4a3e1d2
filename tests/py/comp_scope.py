x = "outer"
squares = [x * 2 for x in range(3)]
print(squares, x)

def f():
    y = 10
    return [y + i for i in range(3)]
print(f())

def g(n):
    return [[n * i + j for j in range(n)] for i in range(n)]
print(g(3))

def h():
    i = "kept"
    lst = [i for i in range(3)]
    return i, lst
print(h())

def k():
    data = [3, 1, 2]
    factor = 5
    return {v: v * factor for v in data}
print(k())

try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print(e)
try:
    print(leaked)
except NameError as e:
    print(e)
[leaked for leaked in range(2)] if False else None
try:
    print(leaked)
except NameError as e:
    print(e)

def closures_in_comp():
    fs = [lambda: n for n in range(3)]
    return [f() for f in fs]
print(closures_in_comp())
