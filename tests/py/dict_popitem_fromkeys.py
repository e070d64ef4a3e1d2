d = {"a": 1, "b": 2, "c": 3}
print(d.popitem(), d)
d["z"] = 26
print(d.popitem(), d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
print(dict.fromkeys("abc", 0), dict.fromkeys([1, 2]), dict.fromkeys(x * 2 for x in range(3)))
