def unpack_demo():
    a, b = 1, 2
    a, b = b, a
    print(a, b)
    (x, y), z = (3, 4), 5
    print(x, y, z)
    first, *middle, last = range(6)
    print(first, middle, last)
    *init, tail = "hello"
    print(init, tail)
    head, *rest = [1]
    print(head, rest)
    for i, (k, v) in enumerate(sorted({"b": 2, "a": 1}.items())):
        print(i, k, v)


unpack_demo()


def stats(*nums):
    if not nums:
        return None
    n = len(nums)
    mean = sum(nums) / n
    s = sorted(nums)
    med = s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
    return min(nums), max(nums), mean, med


print(stats(3, 1, 4, 1, 5))
print(stats(2, 8))
print(stats())
lo, hi, *_ = stats(9, 8, 7)
print(lo, hi)


def swap_pairs(lst):
    for i in range(0, len(lst) - 1, 2):
        lst[i], lst[i + 1] = lst[i + 1], lst[i]
    return lst


print(swap_pairs([1, 2, 3, 4, 5]))
print(*[1, 2, 3], sep="|")
print(*"abc", *[1, 2], sep=",", end="!\n")
