print(ValueError("shown", 1))
try:
    raise KeyError("handled")
except KeyError as e:
    print("handled", e)
raise Exception("fatal", 2, [3])
