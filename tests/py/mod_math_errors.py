import math
tests = [
    ("sqrt", -1), ("log", 0), ("log", -5), ("acos", 2), ("factorial", -1),
]
for name, arg in tests:
    try:
        if name == "sqrt":
            math.sqrt(arg)
        elif name == "log":
            math.log(arg)
        elif name == "acos":
            math.acos(arg)
        else:
            math.factorial(arg)
    except ValueError as e:
        print(name, "ValueError", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError", e)
try:
    math.floor(math.inf)
except OverflowError as e:
    print("OverflowError", e)
try:
    math.floor(math.nan)
except ValueError as e:
    print("ValueError", e)
try:
    math.sqrt("4")
except TypeError as e:
    print("TypeError", e)
try:
    math.factorial(2.5)
except TypeError as e:
    print("TypeError", e)
try:
    math.nosuch
except AttributeError as e:
    print("AttributeError", e)
try:
    from math import nosuch
except ImportError as e:
    print("ImportError")
print(math.sqrt(-1))
