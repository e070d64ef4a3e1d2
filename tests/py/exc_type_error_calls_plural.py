def two(x, y):
    return x + y

def none():
    return 0

try:
    two()
except TypeError as e:
    print(e)
try:
    two(1)
except TypeError as e:
    print(e)
try:
    none(1)
except TypeError as e:
    print(e)
try:
    two(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    two(y=1)
except TypeError as e:
    print(e)
print(two(1, 2))
