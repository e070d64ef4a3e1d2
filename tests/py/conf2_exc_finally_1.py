def g():
    try:
        return "try"
    finally:
        print("finally runs")
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("fin", i)
h()
def k():
    try:
        raise ValueError
    except ValueError:
        return "exc"
    else:
        return "else"
    finally:
        print("k fin")
print(k())
def m():
    try:
        pass
    except Exception:
        pass
    else:
        print("else ran")
m()
