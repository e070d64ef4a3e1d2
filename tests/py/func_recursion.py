def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def sum_list(a):
    if len(a) == 0:
        return 0
    return a[0] + sum_list(a[1:])

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(fact(10), fact(30))
print(fib(15))
print(sum_list([1, 2, 3, 4, 5]))
print(depth(150))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))
