def safe_div(xs):
    try:
        return [10 // x for x in xs]
    except ZeroDivisionError as e:
        return "error: " + str(e)
print(safe_div([1, 2, 5]))
print(safe_div([1, 0]))
try:
    {k: 1 / k for k in [2, 1, 0]}
except ZeroDivisionError:
    print("dict comp raised")
try:
    [x for x in 5]
except TypeError as e:
    print(e)
def gen_values():
    return [int(s) for s in ["1", "2", "x"]]
try:
    gen_values()
except ValueError as e:
    print(e)
print([int(s) for s in "123"])
[1 // 0 for _ in range(1)]
