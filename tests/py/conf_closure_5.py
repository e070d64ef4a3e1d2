registry = {}

def register(name=None):
    def deco(fn):
        registry[name or fn.__name__] = fn
        return fn
    return deco

@register()
def alpha():
    return "A"

@register("b")
def beta():
    return "B"

@register(name="g")
def gamma():
    return "G"

for k in sorted(registry):
    print(k, registry[k]())
print(alpha(), beta())

calls = {}

def count_calls(fn):
    calls[fn.__name__] = 0

    def w(*a, **k):
        calls[fn.__name__] += 1
        return fn(*a, **k)
    return w

@count_calls
def square(x):
    return x * x

print([square(i) for i in range(5)], calls)

def once(fn):
    done = []

    def w(*a):
        if not done:
            done.append(fn(*a))
        return done[0]
    return w

@once
def init(v):
    print("initializing with", v)
    return v * 10

print(init(1), init(2), init(3))
