x = 1
print("x is", x)
def f():
    return y + 1
print("calling f")
print(f())
