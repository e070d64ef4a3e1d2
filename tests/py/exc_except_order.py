def run(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError"
    except LookupError:
        return "LookupError"
    except ValueError:
        return "ValueError"
    except Exception:
        return "Exception"

print(run(KeyError("a")))
print(run(IndexError("b")))
print(run(LookupError("c")))
print(run(ValueError("d")))
print(run(UnboundLocalError("e")))
print(run(ZeroDivisionError("f")))
print(run(AssertionError()))
print(run(TypeError))
