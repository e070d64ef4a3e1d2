class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key}")
        self.key = key


class Invalid(AppError, ValueError):
    pass


class Detailed(Exception):
    def __init__(self, code, detail="none"):
        self.code = code
        self.detail = detail

    def __str__(self):
        return f"[{self.code}] {self.detail}"


def find(d, k):
    if k not in d:
        raise NotFound(k)
    return d[k]


try:
    find({}, "x")
except AppError as e:
    print(type(e).__name__, e, e.key, e.args)

for exc in [Invalid("bad value"), NotFound("k"), Detailed(404, "gone"), Detailed(1)]:
    try:
        raise exc
    except ValueError as e:
        print("ValueError branch:", e)
    except AppError as e:
        print("AppError branch:", e)
    except Exception as e:
        print("Exception branch:", e, e.code)

try:
    raise Invalid
except (KeyError, Invalid) as e:
    print("tuple match", repr(e), isinstance(e, ValueError), isinstance(e, AppError))

try:
    try:
        raise NotFound("inner")
    except NotFound as e:
        raise Detailed(500, "wrapped") from e
except Detailed as e:
    print(e, type(e.__cause__).__name__)

print(issubclass(NotFound, Exception), issubclass(Invalid, LookupError))
e = AppError("a", "b")
print(e.args, str(e), repr(e))
print(repr(Detailed(3)), Detailed(3))
