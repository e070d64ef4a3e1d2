class MyErr(Exception):
    pass
class Detailed(ValueError):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise MyErr("boom", 2)
except MyErr as e:
    print(repr(e), str(e), e.args)
try:
    raise Detailed(42, "bad")
except ValueError as e:
    print(e, e.code, type(e).__name__, isinstance(e, Exception))
e = Exception()
print(repr(e), str(e) == "", e.args)
print(repr(ValueError("x")), repr(KeyError(1, 2)), str(KeyError("a")), str(KeyError(1, 2)))
try:
    raise RuntimeError
except RuntimeError as e:
    print(repr(e))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(MyErr, BaseException))
