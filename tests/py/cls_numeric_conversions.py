class Frac:
    def __init__(self, n, d):
        self.n, self.d = n, d
    def __float__(self):
        return self.n / self.d
    def __int__(self):
        return self.n // self.d
class Idx:
    def __index__(self):
        return 7
print(float(Frac(3, 2)), int(Frac(7, 2)), int(Idx()), float(Idx()))
class Bad:
    def __float__(self):
        return "x"
try:
    float(Bad())
except TypeError as e:
    print(e)
try:
    int(object())
except TypeError as e:
    print(e)
