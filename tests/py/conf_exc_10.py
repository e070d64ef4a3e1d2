def gen_errors():
    yield ZeroDivisionError("div")
    yield ValueError("val")
    yield KeyError("key")
    yield TypeError("typ")
    yield Exception("base")


handled = {}
for err in gen_errors():
    try:
        raise err
    except (ZeroDivisionError, ValueError) as e:
        handled.setdefault("arith/value", []).append(str(e))
    except LookupError as e:
        handled.setdefault("lookup", []).append(repr(e))
    except Exception as e:
        handled.setdefault("other", []).append(type(e).__name__)
for k in sorted(handled):
    print(k, handled[k])
print(str(KeyError("k")), str(ValueError("v")), str(KeyError()), repr(ValueError()))
print(repr(ValueError("a", 2)), str(ValueError("a", 2)), ValueError("x").args)
e = Exception("m")
print(e.args, str(e), repr(e), isinstance(e, BaseException))
try:
    raise TypeError
except TypeError as t:
    print(repr(t), t.args, str(t) == "")
x = "untouched"
try:
    pass
except Exception as x:
    pass
print(x)
try:
    raise ValueError("bound")
except ValueError as x:
    pass
try:
    print(x)
except NameError:
    print("x unbound after except block")
