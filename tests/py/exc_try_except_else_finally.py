def attempt(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print("except")
        r = None
    else:
        print("else", r)
    finally:
        print("finally")
    return r

print(attempt(2))
print(attempt(0))
try:
    print("body ok")
finally:
    print("cleanup")
try:
    pass
except ValueError:
    print("never")
else:
    print("else runs")
