class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = rows

    def __getitem__(self, rc):
        r, c = rc
        if not (0 <= r < len(self.rows) and 0 <= c < len(self.rows[0])):
            raise IndexError("index (%d, %d) out of range" % (r, c))
        return self.rows[r][c]

    def __add__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        if len(self.rows) != len(other.rows):
            raise ValueError("shape mismatch")
        return Matrix([[a + b for a, b in zip(x, y)] for x, y in zip(self.rows, other.rows)])


m = Matrix([[1, 2], [3, 4]])
print(m[0, 1], m[1, 0])
for idx in [(2, 0), (0, -1)]:
    try:
        m[idx]
    except IndexError as e:
        print("IndexError:", e)
for rows in [[], [[1], [2, 3]]]:
    try:
        Matrix(rows)
    except ValueError as e:
        print("ValueError:", e)
print((m + m).rows)
try:
    m + 5
except TypeError:
    print("TypeError: unsupported operand")
try:
    m + Matrix([[1, 2]])
except ValueError as e:
    print("ValueError:", e)
try:
    len(m)
except TypeError:
    print("TypeError: no len")
try:
    for x in 5:
        pass
except TypeError:
    print("TypeError: int not iterable")
try:
    f = None
    f()
except TypeError:
    print("TypeError: None not callable")
