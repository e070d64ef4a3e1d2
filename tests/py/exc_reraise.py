def check(v):
    try:
        if v < 0:
            raise ValueError("negative: " + str(v))
        return v
    except ValueError:
        print("logging and re-raising")
        raise

try:
    check(-3)
except ValueError as e:
    print("outer got", e)
print(check(3))
try:
    try:
        {}["z"]
    except KeyError as e:
        print("first", e)
        raise
except LookupError as e:
    print("second", e, isinstance(e, KeyError))
