def repeat(times):
    def deco(fn):
        def wrapper(*a, **k):
            results = []
            for _ in range(times):
                results.append(fn(*a, **k))
            return results
        return wrapper
    return deco


@repeat(3)
def hello(name):
    return "hello " + name


print(hello("world"))


def prefix(p):
    def deco(fn):
        def w(*a):
            return p + fn(*a)
        return w
    return deco


@prefix("<")
@prefix("[")
def word(s):
    return s.upper()


print(word("abc"))


def validate(**types):
    def deco(fn):
        def w(**kw):
            for k, t in sorted(types.items()):
                if not isinstance(kw.get(k), t):
                    raise TypeError("%s must be %s" % (k, t.__name__))
            return fn(**kw)
        return w
    return deco


@validate(x=int, y=str)
def show(x, y):
    return y * x


print(show(x=3, y="ab"))
for bad in [dict(x="3", y="ab"), dict(x=2, y=5)]:
    try:
        show(**bad)
    except TypeError as e:
        print("TypeError:", e)
