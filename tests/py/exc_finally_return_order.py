trace = []
def value():
    x = [1]
    try:
        trace.append("try")
        return x
    finally:
        x.append(2)
        x = "rebound"
        trace.append("finally")
print(value(), trace)
def counter():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("finally sees", n)
print(counter())
def nested(k):
    try:
        try:
            return "a" + str(k)
        finally:
            if k == 1:
                return "b" + str(k)
    finally:
        if k == 2:
            return "c" + str(k)
print(nested(0), nested(1), nested(2))
def break_in_finally():
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
        finally:
            if i == 1:
                break
    return "after loop " + str(i)
print(break_in_finally())
def cont_wins():
    out = []
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            out.append(i)
            continue
    return out
print(cont_wins())
