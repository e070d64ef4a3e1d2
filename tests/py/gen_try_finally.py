def g():
    try:
        yield 1
        try:
            yield 2
        finally:
            print("inner finally")
        yield 3
    finally:
        print("outer finally")

print(list(g()))

def with_except():
    for i in range(4):
        try:
            if i == 2:
                raise ValueError(i)
            yield i
        except ValueError as e:
            print("caught", e)
            yield -1
        else:
            print("else", i)

print(list(with_except()))

def finally_return():
    try:
        yield 1
        return "normal"
    finally:
        print("finally before return")

it = finally_return()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value", e.value)

def yield_in_finally():
    try:
        yield "body"
    finally:
        yield "from finally"

print(list(yield_in_finally()))

def loop_break():
    for i in range(10):
        try:
            if i == 3:
                break
            yield i
        finally:
            print("fin", i)
    yield "after loop"

print(list(loop_break()))

def raise_after():
    try:
        yield 1
    finally:
        print("cleanup")
    raise KeyError("boom")

try:
    for v in raise_after():
        print("v", v)
except KeyError as e:
    print("KeyError", e)
