def sign(x):
    if x > 0:
        return 1
    if x < 0:
        return -1
    return 0

def first_even(seq):
    for v in seq:
        if v % 2 == 0:
            return v
    return None

def implicit(x):
    x += 1

print(sign(5), sign(-5), sign(0))
print(first_even([1, 3, 4, 6]), first_even([1, 3]))
print(implicit(1))
def early(n):
    while True:
        n += 1
        if n > 3:
            return n
print(early(0))
