a = [1, 2]
b = (3, 4)
print([*a, *b])
print([0, *a, 5, *b, 6])
print((*a, *b))
print((*a,))
print([*range(3), *"xy"])
print([*{"k": 1, "j": 2}])
d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
print({**d1, **d2})
print({**d1, "b": 0})
print({"b": 0, **d1})
print({"z": 26, **d1, "y": 25, **d2})
print({**{}})
try:
    print([*5])
except TypeError as e:
    print(e)
try:
    print({**5})
except TypeError as e:
    print(e)
merged = {**{1: "one"}, **{2: "two"}}
print(merged, len(merged))
