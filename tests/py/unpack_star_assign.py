a, *b = [1, 2, 3]
print(a, b)
*a, b = (1, 2, 3)
print(a, b)
first, *mid, last = "hello"
print(first, mid, last)
x, *y = [1]
print(x, y)
[p, *q, r] = range(5)
print(p, q, r)
for head, *tail in [(1, 2, 3), (4,), (5, 6)]:
    print(head, tail)
*everything, = {"k": 1, "j": 2}
print(everything)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, *b = 5
except TypeError as e:
    print(e)
(a, b), *c = [(1, 2), 3, 4]
print(a, b, c)
def swap_ends(seq):
    first, *middle, last = seq
    return [last, *middle, first]
print(swap_ends([1, 2, 3, 4]))
