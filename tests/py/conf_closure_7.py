def show(*args, **kwargs):
    return "args=%r kwargs=%r" % (args, sorted(kwargs.items()))


def forward(*args, **kwargs):
    return show(*args, **kwargs)


print(forward())
print(forward(1, 2))
print(forward(1, x=2))
print(forward(*[1, 2, 3], **{"b": 2, "a": 1}))


def mixed(a, b=2, *rest, c, d=4, **opts):
    return (a, b, rest, c, d, sorted(opts.items()))


print(mixed(1, c=3))
print(mixed(1, 5, 6, 7, c=3, e=9))
print(mixed(a=0, c=1, d=2, z=26))
try:
    mixed(1, 2)
except TypeError:
    print("missing keyword-only c")


def kwonly(*, x, y=1):
    return x - y


print(kwonly(x=10), kwonly(y=3, x=10))
try:
    kwonly(1)
except TypeError:
    print("positional not allowed")


def defaults(a, b=[]):
    b.append(a)
    return b


print(defaults(1), defaults(2), defaults(3, []))
print(defaults(4))


def safe(a, b=None):
    if b is None:
        b = []
    b.append(a)
    return b


print(safe(1), safe(2))
args = (3,)
kw = {"b": [0]}
print(safe(*args, **kw))
