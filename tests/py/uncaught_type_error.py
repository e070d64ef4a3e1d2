parts = ["a", "b"]
print(len(parts))
label = "count: " + str(len(parts))
print(label)
label = "count: " + len(parts)
print(label)
