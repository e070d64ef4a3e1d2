def count(n):
    i = 0
    seen = []
    while True:
        i += 1
        try:
            if i % 2 == 0:
                continue
            if i > n:
                break
            seen.append(i)
        finally:
            seen.append(-i)
    return seen
print(count(5))
def find(rows, target):
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            try:
                if v == target:
                    return (r, c)
            finally:
                if v == target:
                    print("found at", r, c)
    return None
print(find([[1, 2], [3, 4]], 4), find([[1]], 9))
def cont_in_finally():
    out = []
    for i in range(3):
        try:
            out.append(i)
            raise ValueError(i)
        except ValueError as e:
            out.append(e.args[0] * 10)
            continue
        finally:
            out.append("fin")
        out.append("unreached")
    return out
print(cont_in_finally())
def ret_in_loop():
    for i in range(10):
        try:
            if i == 2:
                return i
        finally:
            print("finally", i)
print(ret_in_loop())
