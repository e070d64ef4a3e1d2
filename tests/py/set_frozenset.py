f = frozenset([3, 1, 2])
print(f, len(f), type(f).__name__)
print(frozenset(), frozenset([]) == set())
d = {f: "three"}
print(d[frozenset({1, 2, 3})])
s = {frozenset([1, 2]), frozenset([2, 1]), frozenset([3])}
print(len(s))
print(f | {9}, type(f | {9}).__name__)
print({9} | f, type({9} | f).__name__)
print(f & {1, 7}, f - {1}, f ^ {1, 4})
print(f == {1, 2, 3}, f.issubset({1, 2, 3, 4}))
print(hash(f) == hash(frozenset([1, 2, 3])))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError", e)
try:
    hash({1})
except TypeError as e:
    print("TypeError", e)
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError", e)
