# The dispatch loop's small-int fast paths and the out-of-line general
# cases behind them must agree with CPython at every boundary.
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 2**47 - 1, -(2**47), 2**47, -(2**47) - 1, 2**62, -(2**62)]
out = []
for a in vals:
    for b in vals:
        row = [a + b, a - b, a * b, a < b, a <= b, a == b, a != b, a > b, a >= b]
        if b != 0:
            row += [a // b, a % b, divmod(a, b)]
        out.append(row)
print(len(out), sum(len(str(r)) for r in out))
for r in out[::37]:
    print(r)

# In-place operators: ints, lists (updated in place), strings, floats.
x = 5
x += 2**46
x *= 4
x -= 1
x //= -3
x %= 1000
print(x)
l = [1]
m = l
l += [2, 3]
print(l, m is l)
s = "a"
s += "b"
print(s)
f = 1.5
f //= 0.5
print(f)
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (2**47, 3), (-(2**47), 7)]:
    print(a // b, a % b, -a // b, -a % b)
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    x = 1 + "a"
except TypeError as e:
    print("TypeError", e)
try:
    1 < "a"
except TypeError as e:
    print("TypeError", e)


# Rich comparisons returning non-bools, in a branch and as a value.
class V:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return [self.v, o.v] if self.v < o.v else []

    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))

    def __iadd__(self, o):
        self.v += 100
        return self


a, b = V(1), V(2)
print(a < b, b < a)
if a < b:
    print("lt")
if not (b < a):
    print("not lt")
c = a + b + 3
print(c.v)
c += 1
print(c.v)
n = 0
while n < 5:
    n += 1
print(n)

# Sorting: small ints, big ints, floats and bools mixed.
data = [5, -3, 2**50, -(2**50), 0, 2.5, True, False, 7, -1.5, 2**47, -(2**47)]
print(sorted(data))
print(sorted(data, reverse=True))
print(sorted(range(20, 0, -3)))
print(min(data), max(data))
