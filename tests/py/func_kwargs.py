def f(**kw):
    return kw

print(f(), f(a=1), f(b=2, a=1))

def g(a, b=0, **opts):
    return a, b, opts

print(g(1), g(1, b=2, c=3), g(a=5, z=0))

def describe(name, **info):
    parts = [name]
    for k, v in info.items():
        parts.append(f"{k}={v}")
    return ", ".join(parts)
print(describe("box", w=3, h=4))

def everything(a, *args, k=1, **kw):
    return a, args, k, kw
print(everything(1, 2, 3, k=4, x=5, y=6))
print(everything(0))
