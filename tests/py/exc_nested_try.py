try:
    try:
        1 / 0
    except KeyError:
        print("wrong handler")
    finally:
        print("inner finally")
except ZeroDivisionError as e:
    print("outer caught", e)
try:
    try:
        raise ValueError("first")
    except ValueError as e:
        print("inner caught", e)
        raise TypeError("second")
except TypeError as e:
    print("outer caught", e)
try:
    try:
        [].pop()
    except IndexError:
        print("handled inside")
    print("after inner")
except IndexError:
    print("never")
print("done")
