class ValidationError(ValueError):
    def __init__(self, field, msg):
        super().__init__(field, msg)
        self.field = field
        self.msg = msg

    def __str__(self):
        return "%s: %s" % (self.field, self.msg)


class MissingField(ValidationError):
    def __init__(self, field):
        super().__init__(field, "is missing")


class TooLong(ValidationError):
    def __init__(self, field, n, limit):
        super().__init__(field, "length %d exceeds %d" % (n, limit))
        self.excess = n - limit


def validate(rec):
    for f in ["id", "name"]:
        if f not in rec:
            raise MissingField(f)
    if len(rec["name"]) > 5:
        raise TooLong("name", len(rec["name"]), 5)
    if not isinstance(rec["id"], int):
        raise ValidationError("id", "must be int")
    return "valid"


cases = [{"id": 1, "name": "bob"}, {"name": "x"}, {"id": 2, "name": "alexander"}, {"id": "3", "name": "z"}]
for c in cases:
    try:
        print(validate(c))
    except TooLong as e:
        print("TooLong ->", e, "excess", e.excess)
    except MissingField as e:
        print("Missing ->", e, e.args)
    except ValueError as e:
        print("ValueError ->", e, type(e).__name__, isinstance(e, ValidationError))
e = TooLong("f", 10, 2)
print(isinstance(e, ValueError), isinstance(e, MissingField), issubclass(TooLong, ValidationError))
print(repr(str(e)), e.field, e.msg, len(e.args))
