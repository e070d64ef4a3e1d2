def f(x):
    out = []
    try:
        out.append("try")
        if x == 1:
            raise ValueError("v")
        if x == 2:
            return out + ["ret"]
    except ValueError:
        out.append("except")
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out
print(f(0), f(1), f(2))
def g():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
g()
def h():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("finally", i)
    return i
print(h())
