def check_positive(n):
    assert n > 0, "expected positive, got %d" % n
    return n


for v in [5, 0, -3]:
    try:
        print("ok", check_positive(v))
    except AssertionError as e:
        print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(str(e)), e.args)
try:
    assert 1 == 2, ("tuple", "msg")
except AssertionError as e:
    print(e.args)


def validate(user):
    errors = []
    for field, check, msg in [
        ("name", lambda v: isinstance(v, str) and v, "name required"),
        ("age", lambda v: isinstance(v, int) and 0 <= v < 150, "age out of range"),
        ("email", lambda v: isinstance(v, str) and "@" in v, "bad email"),
    ]:
        try:
            assert check(user.get(field)), msg
        except AssertionError as e:
            errors.append(str(e))
    return errors


print(validate({"name": "a", "age": 3, "email": "a@b"}))
print(validate({"name": "", "age": 200}))
print(validate({}))
