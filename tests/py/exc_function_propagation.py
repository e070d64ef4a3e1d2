def level3(x):
    return 10 // x

def level2(x):
    print("level2 before")
    r = level3(x)
    print("level2 after")
    return r

def level1(x):
    try:
        return level2(x)
    finally:
        print("level1 finally")

print(level1(5))
try:
    level1(0)
except ZeroDivisionError as e:
    print("main caught", e)
def guard(x):
    try:
        return level3(x)
    except ArithmeticError:
        return -1
print(guard(0), guard(2))
