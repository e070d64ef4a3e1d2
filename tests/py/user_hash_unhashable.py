class Q:
    def __eq__(self, o):
        return True
try:
    hash(Q())
except TypeError as e:
    print(e)
try:
    {Q(): 1}
except TypeError as e:
    print(e)
class R:
    pass
r = R()
d = {r: 1}
print(d[r])
print(R() in d)
print(hash(r) == hash(r))
