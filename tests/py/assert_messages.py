def divide(a, b):
    assert b != 0, "division by zero requested"
    return a / b
print(divide(6, 3))
try:
    divide(1, 0)
except AssertionError as e:
    print("caught:", e, e.args)
items = [1, 2, 3]
assert len(items) == 3
assert items, "empty"
try:
    assert [] , ["msg", 1]
except AssertionError as e:
    print(e.args[0])
def check_all(xs):
    for x in xs:
        assert isinstance(x, int), f"{x!r} is not an int"
    return True
try:
    check_all([1, "2"])
except AssertionError as e:
    print(e)
assert 1 + 1 == 3, "math is broken"
