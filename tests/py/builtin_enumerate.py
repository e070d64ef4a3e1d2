for i, c in enumerate("abc"):
    print(i, c)
for i, c in enumerate(["x", "y"], 1):
    print(i, c)
for i, c in enumerate(["p", "q"], start=10):
    print(i, c)
print(list(enumerate([])))
print(list(enumerate(range(3), -1)))
print(dict(enumerate(("zero", "one"))))
for pair in enumerate("hi"):
    print(pair)
