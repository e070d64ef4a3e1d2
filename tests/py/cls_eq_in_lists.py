class P:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, o):
        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)

    def __repr__(self):
        return f"P({self.x}, {self.y})"


pts = [P(1, 2), P(3, 4), P(1, 2)]
print(P(1, 2) in pts, P(9, 9) in pts, P(3, 4) not in pts)
print(pts.index(P(3, 4)), pts.count(P(1, 2)), pts.index(P(1, 2), 1))
pts.remove(P(1, 2))
print(pts)
try:
    pts.index(P(0, 0))
except ValueError as e:
    print("ValueError:", e)
try:
    pts.remove(P(0, 0))
except ValueError as e:
    print("ValueError:", e)
print((P(1, 1), P(2, 2)).count(P(2, 2)), P(1, 1) == P(1, 1), P(1, 1) != P(1, 1))
