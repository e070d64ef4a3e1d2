class S(str):
    pass
d = {}
try:
    d[S("k")]
except KeyError as e:
    print("KeyError", e, repr(e))
class L(list):
    pass
try:
    L().pop()
except IndexError as e:
    print(e)
try:
    L([1]).remove(5)
except ValueError as e:
    print(e)
class I(int):
    pass
try:
    I("x")
except ValueError as e:
    print(e)
print(str(S("abc")), type(str(S("abc"))).__name__, S("a") is not S("a"))
