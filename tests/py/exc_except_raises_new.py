def convert(items):
    out = []
    for it in items:
        try:
            out.append(int(it))
        except ValueError:
            try:
                out.append(float(it))
            except ValueError:
                out.append(None)
    return out

print(convert(["1", "2.5", "x", "1e3", "-0"]))
try:
    try:
        raise KeyError("a")
    except KeyError:
        {}["b"]
except KeyError as e:
    print("second key", e)
try:
    try:
        1 / 0
    finally:
        print("finally before propagation")
except ZeroDivisionError as e:
    print(e)
