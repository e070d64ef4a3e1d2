def resource():
    print("open")
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("cleanup")

r = resource()
print(next(r))
r.close()
print("after close")
try:
    next(r)
except StopIteration:
    print("closed generator is exhausted")
r.close()

u = resource()
u.close()
print("unstarted close prints nothing")
print(list(u))

def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("saw GeneratorExit")
        raise

c = catches_exit()
next(c)
c.close()

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring")
    yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"

x = returns_on_exit()
next(x)
print(x.close())

def full():
    yield 1

f = full()
print(list(f))
print(f.close())
