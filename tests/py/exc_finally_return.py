def f():
    try:
        return "try"
    finally:
        print("finally runs before return")

def g():
    try:
        return "try"
    finally:
        return "finally wins"

def h():
    try:
        1 / 0
    finally:
        return "swallowed"

def k():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x set to", x)

print(f())
print(g())
print(h())
print(k())
