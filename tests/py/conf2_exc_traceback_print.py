import sys
try:
    raise ValueError("printed")
except ValueError as e:
    print(type(e).__name__, e)
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("AE", e)
try:
    assert False
except AssertionError as e:
    print("AE2", repr(e))
try:
    raise StopIteration(5)
except StopIteration as e:
    print(e.value, e.args)
try:
    x = [1, 2, 3]
    x.remove(9)
except ValueError as e:
    print(e)
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    (1, 2).index(5)
except ValueError as e:
    print(e)
try:
    int("1.5")
except ValueError as e:
    print(e)
try:
    float("x")
except ValueError as e:
    print(e)
