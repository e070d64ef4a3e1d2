class Transaction:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __enter__(self):
        self.log.append("begin " + self.name)
        return self

    def __exit__(self, et, ev, tb):
        if et is None:
            self.log.append("commit " + self.name)
            return False
        self.log.append("rollback %s (%s: %s)" % (self.name, et.__name__, ev))
        return et is KeyError


log = []
with Transaction("t1", log):
    log.append("work1")
with Transaction("t2", log):
    log.append("work2")
    raise KeyError("missing")
try:
    with Transaction("t3", log):
        log.append("work3")
        raise ValueError("bad")
except ValueError:
    log.append("t3 error propagated")
try:
    with Transaction("outer", log):
        with Transaction("inner", log):
            raise TypeError("deep")
except TypeError:
    log.append("deep error propagated")
for i, line in enumerate(log):
    print(i, line)


class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return None

    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)


with Suppress(ZeroDivisionError, IndexError):
    print("before")
    [][1]
    print("never")
print("suppressed OK")
