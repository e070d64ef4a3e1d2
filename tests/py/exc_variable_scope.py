e = "before"
try:
    raise ValueError("inside")
except ValueError as e:
    print(e)
try:
    print(e)
except NameError as err:
    print("e was unbound after except:", err)
msg = None
try:
    [][1]
except IndexError as exc:
    msg = str(exc)
print(msg)
r = None
try:
    r = 1
    1 / 0
    r = 2
except ZeroDivisionError:
    pass
print(r)
