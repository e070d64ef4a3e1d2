def boom(kind):
    if kind == "value":
        int("x")
    elif kind == "key":
        {}["k"]
    elif kind == "index":
        [][0]
    elif kind == "zero":
        1 // 0
    elif kind == "type":
        len(1)

for kind in ["value", "key", "index", "zero", "type"]:
    try:
        boom(kind)
    except LookupError as e:
        print(kind, "LookupError", e)
    except ArithmeticError as e:
        print(kind, "ArithmeticError", e)
    except Exception as e:
        print(kind, "Exception", e)
try:
    boom("key")
except BaseException as e:
    print("BaseException catches", e)
