def process(items):
    results = []
    for it in items:
        try:
            results.append(10 // it)
        except ZeroDivisionError:
            print("  zero, re-raising" if it == "never" else "  skipping zero")
            continue
        except TypeError:
            print("  bad type:", repr(it))
            raise
    return results


print(process([1, 2, 0, 5]))
try:
    process([1, "x", 2])
except TypeError as e:
    print("outer caught TypeError")


def wrapper():
    try:
        raise KeyError("inner")
    except KeyError as e:
        print("handling", repr(e))
        raise


try:
    wrapper()
except KeyError as e:
    print("re-raised", repr(e), e.args)
err = None
try:
    raise ValueError("saved")
except ValueError as e:
    err = e
print(type(err).__name__, err, err.args)
try:
    raise err
except ValueError as e2:
    print("raised saved one again:", e2 is err)
try:
    try:
        raise ValueError("a")
    finally:
        print("inner finally")
except ValueError as e:
    print("caught after finally:", e)
