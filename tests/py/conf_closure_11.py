def flatten(x):
    if isinstance(x, (list, tuple)):
        out = []
        for item in x:
            out.extend(flatten(item))
        return out
    return [x]


print(flatten([1, [2, [3, [4, [5]]]], (6, 7), []]))


def depth(x):
    if not isinstance(x, list):
        return 0
    return 1 + max((depth(i) for i in x), default=0)


print(depth([]), depth([1]), depth([1, [2, [3]]]), depth(5))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print([ackermann(m, n) for m in range(3) for n in range(3)])


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(2 ** 40, 6 ** 20))


def binary(n):
    return "0" if n == 0 else ("" if n < 2 else binary(n // 2).lstrip("0")) + str(n % 2)


print([binary(i) for i in range(9)])


def sum_digits(n):
    return n if n < 10 else sum_digits(sum(int(d) for d in str(n)))


print(sum_digits(987654321), sum_digits(2 ** 100))
