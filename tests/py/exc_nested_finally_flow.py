log = []
def f(n):
    try:
        try:
            if n == 0:
                return "inner"
            if n == 1:
                raise ValueError("v")
        finally:
            log.append("inner-finally")
        return "after"
    except ValueError:
        return "handled"
    finally:
        log.append("outer-finally")
for n in range(3):
    print(n, f(n), log)
    log = []
def override():
    try:
        return 1
    finally:
        return 2
def swallow():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"
print(override(), swallow())
def loop():
    out = []
    for i in range(5):
        try:
            try:
                if i == 1:
                    continue
                if i == 3:
                    break
                out.append(i)
            finally:
                out.append("f" + str(i))
        finally:
            out.append("g" + str(i))
    return out
print(loop())
