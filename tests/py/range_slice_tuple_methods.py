print(range(10)[2:8:-1], range(3, 30, 4)[::2], range(10)[::-1], range(0, 20, 3)[1:5], range(5)[10:])
print(list(range(3, 30, 4)[::2]), range(10)[-3:], range(10, 0, -2)[1::2])
t = (1, 2, 3, 2, 1)
print(t.count(2), t.count(9), t.index(3), t.index(1, 1), t.index(2, 2, 4))
try:
    t.index(7)
except ValueError as e:
    print(e)
