def outer():
    def inner():
        return [lambda: 0 for _ in range(1)][0]
    return inner
print(outer.__qualname__, outer().__qualname__, outer()().__qualname__)
print(outer.__name__, outer().__name__, outer()().__name__)
print((lambda: 0).__qualname__)
def mk():
    return {k: (lambda: k) for k in "a"}["a"]
print(mk().__qualname__)
