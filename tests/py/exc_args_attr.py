try:
    raise ValueError("msg", 42, [1])
except ValueError as e:
    print(e.args)
    print(e.args[1] + 1)
    print(len(e.args))
try:
    int("q")
except ValueError as e:
    print(e.args)
try:
    {}[(1, 2)]
except KeyError as e:
    print(e.args, e.args[0])
try:
    raise IndexError
except IndexError as e:
    print(e.args, len(e.args))
