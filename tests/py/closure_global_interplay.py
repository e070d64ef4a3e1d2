x = "global"

def f():
    x = "enclosing"
    def g():
        global x
        return x
    return g()

def h():
    x = "enclosing"
    def g():
        return x
    return g()

print(f(), h())

def setter():
    global counter
    counter = 0
    def bump():
        global counter
        counter += 1
    bump()
    bump()
    return counter
print(setter(), counter)

def shadow():
    len = lambda s: 42
    def use():
        return len("abc")
    return use()
print(shadow(), len("abc"))
