def flatten(nested):
    out = []
    def walk(x):
        if isinstance(x, list):
            for y in x:
                walk(y)
        else:
            out.append(x)
    walk(nested)
    return out
print(flatten([1, [2, [3, [4]], 5], [[6]]]))

def count_paths(n):
    memo = {}
    def paths(r, c):
        if r == 0 or c == 0:
            return 1
        key = (r, c)
        if key not in memo:
            memo[key] = paths(r - 1, c) + paths(r, c - 1)
        return memo[key]
    return paths(n, n)
print(count_paths(10))

def even_odd(n):
    def is_even(k):
        return True if k == 0 else is_odd(k - 1)
    def is_odd(k):
        return False if k == 0 else is_even(k - 1)
    return is_even(n), is_odd(n)
print(even_odd(7), even_odd(10))
