def validate(x):
    if not isinstance(x, int):
        raise TypeError("expected int, got %s" % type(x).__name__)
    return x


vals = [1, 2, 3]
print(sum(validate(v) for v in vals))
try:
    validate("x")
except TypeError as e:
    print("caught:", e)
vals.append(4.5)
print("checking", vals)
print(sum(validate(v) for v in vals))
