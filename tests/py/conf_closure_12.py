def make_stack():
    items = []

    def push(x):
        items.append(x)
        return len(items)

    def pop():
        return items.pop()

    def peek():
        return items[-1] if items else None

    return {"push": push, "pop": pop, "peek": peek, "size": lambda: len(items)}

s = make_stack()
print(s["push"]("a"), s["push"]("b"), s["push"]("c"))
print(s["peek"](), s["pop"](), s["size"]())
t = make_stack()
print(t["peek"](), t["size"](), s["size"]())

def accumulator():
    total = 0
    history = []

    def add(x):
        nonlocal total
        total += x
        history.append(total)
        return total

    return add, history

acc, acc_history = accumulator()
for v in [5, 10, -3, 8]:
    acc(v)
print(acc_history)

class Runner:
    runs = 0

def fn_with_attrs():
    Runner.runs = getattr(Runner, "runs", 0) + 1
    return Runner.runs

print(fn_with_attrs(), fn_with_attrs(), fn_with_attrs())

def cell_sharing():
    x = 1
    get = lambda: x
    def setx(v):
        nonlocal x
        x = v
    return get, setx

get, setx = cell_sharing()
print(get())
setx(42)
print(get())
