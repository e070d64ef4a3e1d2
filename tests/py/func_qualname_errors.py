def outer():
    def inner(x):
        return x
    return inner

for thunk in [
    lambda: outer()(),
    lambda: outer()(1, 2),
    lambda: outer()(y=1),
    lambda: (lambda a: a)(),
    lambda: [(lambda: 1)(2) for _ in range(1)],
]:
    try:
        thunk()
    except TypeError as e:
        print(e)
print(outer().__name__, (lambda: 0).__name__)

def k(a, *, b):
    pass
def d(a, b=1, *, c):
    pass
for thunk in [lambda: k(1, 2, b=3), lambda: k(1, 2), lambda: d(1, 2, 3, c=3), lambda: d(1, 2, 3)]:
    try:
        thunk()
    except TypeError as e:
        print(e)
