def risky(kind):
    if kind == "zero":
        return 1 / 0
    if kind == "index":
        return [][0]
    if kind == "key":
        return {}["k"]
    if kind == "type":
        return "a" + 1
    if kind == "value":
        return int("x")
    if kind == "attr":
        return None.foo
    if kind == "name":
        return undefined_name
    return "fine"


for k in ["zero", "index", "key", "type", "value", "attr", "name", "ok"]:
    try:
        r = risky(k)
        print(k, "->", r)
    except ArithmeticError as e:
        print(k, "ArithmeticError family:", type(e).__name__)
    except LookupError as e:
        print(k, "LookupError family:", type(e).__name__)
    except Exception as e:
        print(k, "Exception:", type(e).__name__)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(issubclass(ValueError, Exception), issubclass(Exception, BaseException), issubclass(KeyboardInterrupt, Exception))
print(issubclass(StopIteration, Exception), issubclass(NameError, Exception), issubclass(OverflowError, ArithmeticError))
try:
    raise IndexError
except LookupError as e:
    print("caught bare class:", type(e).__name__, e.args)
