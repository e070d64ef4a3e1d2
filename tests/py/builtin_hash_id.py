print(hash(1), hash(-1), hash(0), hash(True), hash(2 ** 61), hash(-2 ** 70))
print(hash(1.0) == hash(1), hash(2.5) == hash(2.5), hash((1, 2)) == hash((1, 2)))
print(hash("abc") == hash("abc"), hash(None) == hash(None))
a = [1, 2]
b = a
print(id(a) == id(b), id(a) == id([1, 2]) and False)
try:
    hash([1])
except TypeError as e:
    print("TypeError", e)
try:
    hash({})
except TypeError as e:
    print("TypeError", e)
x = 5
print(isinstance(hash(x), int), isinstance(id(x), int))
