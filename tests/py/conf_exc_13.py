def checked(fn):
    def w(*a):
        try:
            return ("ok", fn(*a))
        except Exception as e:
            return ("err", type(e).__name__)
    return w

@checked
def divide(a, b):
    return a // b

@checked
def index(lst, i):
    return lst[i]

@checked
def convert(s):
    return float(s)

print(divide(7, 2))
print(divide(7, 0))
print(index([1, 2], 1))
print(index([1, 2], 5))
print(convert("2.5"))
print(convert("abc"))

class Closer:
    def __init__(self):
        self.closed = False

    def close(self):
        self.closed = True

def use(res, fail):
    try:
        if fail:
            raise OSError("io failure")
        return "used"
    finally:
        res.close()

r1, r2 = Closer(), Closer()
print(use(r1, False), r1.closed)
try:
    use(r2, True)
except OSError as e:
    print("OSError:", e, r2.closed)
results = []
for i in range(4):
    try:
        if i % 2:
            raise ValueError(i)
    except ValueError as e:
        results.append(("err", e.args[0]))
    else:
        results.append(("ok", i))
print(results)
