a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, a != b)
print(a == {"x": 1}, {} == {})
print(repr(a), str(b))
print({"q": "it's", "n": None, "f": 0.5, "l": [1]})
print({1: {2: {3: {}}}})
print({(1, "a"): (2, "b")})
print({-1: -0.0, 1e20: 2 ** 70})
