def logged(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper

def add(a, b=0):
    return a + b

add = logged(add)
add(1, 2)
add(5, b=7)
add(a=3)

def repeat(times):
    def deco(fn):
        def run(*a):
            return [fn(*a) for _ in range(times)]
        return run
    return deco

def hello(name):
    return "hi " + name
hello = repeat(3)(hello)
print(hello("bob"))

def memoize(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return inner

def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
slow_fib = memoize(slow_fib)
print(slow_fib(80))
