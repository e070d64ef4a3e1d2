def binary_search(arr, target):
    lo, hi = 0, len(arr) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if arr[mid] == target:
            return mid, steps
        if arr[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

arr = [x * 3 for x in range(40)]
for t in [0, 3, 57, 117, 118, -5, 1000]:
    print(t, binary_search(arr, t))

def lower_bound(arr, t):
    lo, hi = 0, len(arr)
    while lo < hi:
        mid = (lo + hi) // 2
        if arr[mid] < t:
            lo = mid + 1
        else:
            hi = mid
    return lo

dup = [1, 2, 2, 2, 5, 7, 7, 9]
print([lower_bound(dup, t) for t in [0, 1, 2, 3, 7, 9, 10]])

def bsearch_rec(arr, t, lo=0, hi=None):
    if hi is None:
        hi = len(arr) - 1
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if arr[mid] == t:
        return mid
    return bsearch_rec(arr, t, mid + 1, hi) if arr[mid] < t else bsearch_rec(arr, t, lo, mid - 1)

print([bsearch_rec(arr, t) for t in [0, 60, 61, 117]])

def isqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo

print([isqrt(n) for n in [0, 1, 15, 16, 17, 99, 10 ** 20]])
