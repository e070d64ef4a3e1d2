def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf") if a > 0 else float("-inf") if a < 0 else None
    except TypeError as e:
        return "TypeError"


print([safe_div(a, b) for a, b in [(1, 2), (1, 0), (-1, 0), (0, 0), ("a", 1)]])


def get_nested(d, *keys, default=None):
    try:
        for k in keys:
            d = d[k]
        return d
    except (KeyError, IndexError, TypeError):
        return default


data = {"a": {"b": [10, 20, {"c": "deep"}]}}
print(get_nested(data, "a", "b", 2, "c"))
print(get_nested(data, "a", "b", 5), get_nested(data, "x", default="nope"), get_nested(data, "a", "b", 0, "z"))


def retry(fn, attempts):
    for i in range(1, attempts + 1):
        try:
            return fn(i)
        except RuntimeError as e:
            print("  attempt", i, "failed:", e)
    raise RuntimeError("all %d attempts failed" % attempts)


def flaky(i):
    if i < 3:
        raise RuntimeError("not yet (%d)" % i)
    return "success on %d" % i


print(retry(flaky, 5))
try:
    retry(flaky, 2)
except RuntimeError as e:
    print("final:", e)
