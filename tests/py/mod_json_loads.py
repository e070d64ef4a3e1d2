import json
d = json.loads('{"name": "Ann", "age": 30, "tags": ["a", "b"], "ok": true, "none": null, "pi": 3.14}')
print(d)
print(d["tags"][1], type(d["age"]).__name__, type(d["pi"]).__name__)
print(json.loads("[1, 2, [3, [4]]]"), json.loads("  42 "), json.loads('"s\\n\\u00e9\\ud83d\\ude00"'))
print(json.loads("-1.5e3"), json.loads("1E2"), json.loads("0"), json.loads("12345678901234567890"))
print(json.loads("{}"), json.loads("[]"), json.loads('{"a": {"b": {}}}'))
s = json.dumps({"k": [1, 2, {"z": None}]})
print(json.loads(s) == {"k": [1, 2, {"z": None}]})
for bad in ["", "[1, 2", "{'a': 1}", "[1,]", "tru", '{"a" 1}', "1 2", '"abc']:
    try:
        json.loads(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    json.loads("x")
except json.JSONDecodeError as e:
    print("JSONDecodeError caught", isinstance(e, ValueError))
