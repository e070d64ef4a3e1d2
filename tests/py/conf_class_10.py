class AppError(Exception):
    pass


class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason

    def __str__(self):
        return "bad config %r: %s" % (self.key, self.reason)


class RangeError(ValueError):
    def __init__(self, value, lo, hi):
        super().__init__("value %d not in [%d, %d]" % (value, lo, hi))
        self.value = value


def check(v):
    if v < 0 or v > 10:
        raise RangeError(v, 0, 10)
    if v == 7:
        raise ConfigError("seven", "unlucky")
    return v


for v in [3, 11, 7, -1]:
    try:
        print("ok", check(v))
    except ValueError as e:
        print("ValueError:", e, e.value, type(e).__name__)
    except AppError as e:
        print("AppError:", e, e.args, e.key)

e = ConfigError("k", "r")
print(isinstance(e, Exception), isinstance(e, AppError), issubclass(RangeError, ValueError))
print(repr(AppError("x", 1)))
print(str(AppError()), AppError().args)
print(str(AppError("only")), AppError("a", "b"))
