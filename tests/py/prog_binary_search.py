def bsearch(a, x):
    lo = 0
    hi = len(a) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid, steps
        elif a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

data = list(range(0, 1000, 3))
for target in [0, 3, 501, 999, 998, -1, 1000]:
    print(target, bsearch(data, target))
words = sorted(["kiwi", "apple", "mango", "fig", "banana"])
print(words, bsearch(words, "kiwi"), bsearch(words, "grape"))
