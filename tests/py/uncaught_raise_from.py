def load(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("load failed") from e

print(load("7"))
print(load("x"))
