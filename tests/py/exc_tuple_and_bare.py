def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        raise KeyError("one")
    if n == 2:
        raise TypeError("two")
    return n

for n in range(4):
    try:
        print("ok", risky(n))
    except (ValueError, KeyError) as e:
        print("tuple caught", e, isinstance(e, KeyError))
    except:
        print("bare caught")
try:
    risky(2)
except (IndexError, TypeError, ZeroDivisionError) as err:
    print(err)
