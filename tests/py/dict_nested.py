db = {"users": {"ann": {"age": 31, "tags": ["a", "b"]}}, "count": 1}
print(db["users"]["ann"]["age"])
db["users"]["bob"] = {"age": 25, "tags": []}
db["users"]["bob"]["tags"].append("new")
db["count"] += 1
print(db)
for u, info in db["users"].items():
    print(u, info["age"], len(info["tags"]))
print(len(db["users"]))
m = {"a": {"b": {"c": {"d": "deep"}}}}
print(m["a"]["b"]["c"]["d"])
