class ParseError(Exception):
    def __init__(self, line, msg):
        super().__init__(line, msg)
        self.line = line
        self.msg = msg

    def __str__(self):
        return f"line {self.line}: {self.msg}"


try:
    raise ParseError(3, "unexpected token")
except ParseError as e:
    print(e)
    print(str(e), e.args)
    print(repr(e))


class Base(Exception):
    pass


class Child(Base):
    pass


def risky(n):
    if n == 0:
        raise Child("zero")
    if n == 1:
        raise Base("one")
    return n


for i in range(3):
    try:
        print(risky(i))
    except Child as e:
        print("child", e)
    except Base as e:
        print("base", e)
    finally:
        print("done", i)

errors = []
for cls in (Base, Child, ParseError):
    try:
        if cls is ParseError:
            raise cls(1, "x")
        raise cls("m")
    except Exception as e:
        errors.append(type(e).__name__)
print(errors)
print(Child.__mro__)
