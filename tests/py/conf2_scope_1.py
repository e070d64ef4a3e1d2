x = "global"
def f():
    x = "local"
    def g():
        nonlocal x
        x = "changed"
    g()
    return x
print(f(), x)
def h():
    global x
    x = "g2"
h()
print(x)
def counter():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
c = counter()
c(); c()
print(c())
def unb():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    y = 1
unb()
