import json
print(json.dumps({"a": 1, "b": [1, 2.5, None, True, False], "c": {"d": "e"}}))
print(json.dumps([1, "two", (3, 4)]), json.dumps("hi"), json.dumps(None), json.dumps(3.0), json.dumps(10 ** 20))
print(json.dumps({"x": 1, "y": [1, 2]}, indent=2))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True), json.dumps({}), json.dumps([]))
print(json.dumps([1, [2, []], {}], indent=4))
print(json.dumps("caf\u00e9 \"q\" \\ \n\t\x01"), json.dumps("caf\u00e9", ensure_ascii=False))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps({"a": 1}, separators=(",", ":")))
print(json.dumps(float("inf")), json.dumps(float("nan")), json.dumps(-0.0), json.dumps(1e100))
print(json.dumps("\U0001F600"))
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError", e)
