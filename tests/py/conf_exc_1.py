def attempt(x):
    log = []
    try:
        log.append("try")
        if x == 0:
            raise ValueError("zero")
        if x == 1:
            raise KeyError("one")
        log.append("body ok")
    except ValueError as e:
        log.append("except ValueError(%s)" % e)
    except (KeyError, IndexError) as e:
        log.append("except %s" % type(e).__name__)
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log


for x in [0, 1, 2]:
    print(x, attempt(x))


def f_return():
    try:
        return "from try"
    finally:
        print("finally runs before return")


print(f_return())


def f_override():
    try:
        return 1
    finally:
        return 2


print(f_override())


def f_loop():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out


print(f_loop())
