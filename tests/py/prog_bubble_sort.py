def bubble(a):
    a = list(a)
    n = len(a)
    swaps = 0
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swaps += 1
                swapped = True
        if not swapped:
            break
    return a, swaps

data = [64, 34, 25, 12, 22, 11, 90, -5, 0, 34]
res, n = bubble(data)
print(res, n)
print(data)
print(bubble([]), bubble([1]), bubble([2, 1]))
print(bubble(["pear", "apple", "fig"]))
print(bubble([3.5, -1.25, 2 ** 65, 0]))
print(res == sorted(data))
