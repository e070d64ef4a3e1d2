print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]))
print(any([1 > 3, 5 > 3]), all(range(1, 5)), all(range(0, 5)))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))))
print(tuple(reversed((1, "a", None))), list(reversed(range(10, 0, -3))))
d = {"a": 1, "b": 2}
print(list(reversed(d)), callable(len), callable(1), callable(print), callable(int))
def f():
    pass
print(callable(f), callable(lambda: 0), callable("s".upper), callable(None))
try:
    reversed(5)
except TypeError as e:
    print(e)
