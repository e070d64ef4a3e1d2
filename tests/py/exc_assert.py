try:
    assert 1 + 1 == 2
    print("first assert passed")
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("caught:", e)
try:
    assert False
except AssertionError as e:
    print("no message:", repr(str(e)), e.args)
try:
    assert [], 42
except AssertionError as e:
    print(e, e.args)
x = 3
try:
    assert x < 0, "x=" + str(x)
except AssertionError as e:
    print(e)
