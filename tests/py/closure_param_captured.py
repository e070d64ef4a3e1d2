def make_multiplier(factor):
    def mul(x):
        return x * factor
    factor = factor + 0
    return mul

print(make_multiplier(3)(7))

def capture_args(*args, **kwargs):
    def show():
        return args, sorted(kwargs.items())
    return show

print(capture_args(1, 2, a=3)())

def counter_list():
    calls = []
    def record(x):
        calls.append(x)
        return len(calls)
    record("a")
    record("b")
    return calls, record("c")
print(counter_list())

def fib_memo():
    memo = {}
    def fib(n):
        if n < 2:
            return n
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib
print(fib_memo()(50))
