ages = {"ann": 31, "bob": 25, "cid": 40}
for name in ages:
    print(name)
for name, age in ages.items():
    print(name, age)
oldest = None
for name in ages:
    if oldest is None or ages[name] > ages[oldest]:
        oldest = name
print("oldest", oldest)
print(sorted(ages.values()))
print(sorted(ages.items(), key=lambda kv: kv[1]))
print(max(ages.values()), min(ages))
