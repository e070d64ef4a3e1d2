class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.cells = {}

    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("cell out of range")
        return self.cells.get(key, ".")

    def __setitem__(self, key, value):
        self.cells[key] = value

    def __delitem__(self, key):
        del self.cells[key]

    def __len__(self):
        return self.w * self.h

    def __contains__(self, value):
        return value in self.cells.values()

    def __bool__(self):
        return len(self.cells) > 0


g = Grid(3, 2)
print(len(g), bool(g), "#" in g)
if not g:
    print("empty")
g[1, 1] = "#"
print(g[1, 1], g[0, 0], "#" in g, "@" not in g, bool(g))
del g[1, 1]
print(g[1, 1], bool(g))
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)


class Seq:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


s = Seq(4)
print(len(s), s[3], bool(s), bool(Seq(0)))
if Seq(0):
    print("never")
else:
    print("falsy by __len__")


class NoLen:
    pass


try:
    len(NoLen())
except TypeError as e:
    print("TypeError:", e)
try:
    NoLen()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    NoLen()[0] = 1
except TypeError as e:
    print("TypeError:", e)
print(bool(NoLen()))
