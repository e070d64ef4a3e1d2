d = {"a": 1}
try:
    d["missing"]
except KeyError as e:
    print(e)
    print(e.args)
try:
    d[42]
except KeyError as e:
    print(e)
try:
    d[(1, "x")]
except KeyError as e:
    print(e)
try:
    del d["nope"]
except KeyError as e:
    print("del", e)
try:
    d.pop("gone")
except KeyError as e:
    print("pop", e)
try:
    {}[""]
except KeyError as e:
    print("empty", e)
print(d)
