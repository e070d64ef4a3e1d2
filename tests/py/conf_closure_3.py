def trace(fn):
    def wrapper(*args, **kwargs):
        parts = [repr(a) for a in args]
        parts += ["%s=%r" % (k, kwargs[k]) for k in sorted(kwargs)]
        print("call %s(%s)" % (fn.__name__, ", ".join(parts)))
        result = fn(*args, **kwargs)
        print("  -> %r" % (result,))
        return result
    return wrapper


@trace
def add(a, b=0):
    return a + b


@trace
def greet(name, *, greeting="hi"):
    return "%s, %s" % (greeting, name)


add(1, 2)
add(5)
add(a=3, b=4)
greet("bob")
greet("amy", greeting="yo")
print(add(10, b=-10))


@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


fact(4)
