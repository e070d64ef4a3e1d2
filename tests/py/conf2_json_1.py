import json
d = {"a": [1, 2.5, None, True], "b": {"c": "s"}, "u": "é"}
s = json.dumps(d)
print(s)
print(json.loads(s) == d, json.loads('{"x": [1, {"y": null}]}'), json.loads("3.5"), json.loads('"s"'))
print(json.dumps(d, indent=2))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps({"b": 1, "a": 2}, sort_keys=True), json.dumps("é", ensure_ascii=False))
try:
    json.loads("{bad")
except ValueError as e:
    print("ValueError", type(e).__name__)
print(json.dumps((1, 2)), json.dumps(1e100), json.dumps({1: 2}), json.dumps(""))
