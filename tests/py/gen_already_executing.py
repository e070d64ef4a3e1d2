def reenter():
    yield me.send(None)

me = reenter()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print(next(me, "exhausted"))

def calls_next():
    yield 1
    yield next(other)

other = calls_next()
print(next(other))
try:
    next(other)
except ValueError as e:
    print("ValueError:", e)

def close_self():
    yield 1
    slf.close()
    yield 2

slf = close_self()
next(slf)
try:
    next(slf)
except ValueError as e:
    print("ValueError:", e)
