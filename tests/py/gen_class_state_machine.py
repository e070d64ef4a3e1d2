def traffic_light():
    while True:
        yield "green"
        yield "yellow"
        yield "red"

light = traffic_light()
for _ in range(7):
    print(next(light))

def parser():
    tokens = []
    while True:
        ch = yield
        if ch == ";":
            print("statement:", "".join(tokens))
            tokens = []
        elif ch != " ":
            tokens.append(ch)

p = parser()
next(p)
for ch in "a = 1; b=2 ;":
    p.send(ch)
p.close()

def vending():
    credit = 0
    while True:
        coin = yield credit
        if coin == "refund":
            print("refunding", credit)
            credit = 0
        else:
            credit += coin
            if credit >= 100:
                print("dispense")
                credit -= 100

v = vending()
next(v)
for c in [25, 50, "refund", 50, 50, 25]:
    print("credit", v.send(c))

def id_gen(prefix):
    n = 0
    while True:
        n += 1
        yield prefix + "-" + str(n).zfill(3)

ids = id_gen("ITEM")
print(next(ids), next(ids), next(ids))
