def merge(a, b):
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out


def merge_sort(a, depth=0, trace=False):
    if len(a) <= 1:
        return list(a)
    mid = len(a) // 2
    l = merge_sort(a[:mid], depth + 1, trace)
    r = merge_sort(a[mid:], depth + 1, trace)
    m = merge(l, r)
    if trace:
        print("  " * depth + "merge", l, r, "->", m)
    return m


def quick_sort(a):
    if len(a) <= 1:
        return a
    pivot = a[len(a) // 2]
    return quick_sort([x for x in a if x < pivot]) + [x for x in a if x == pivot] + quick_sort([x for x in a if x > pivot])


def quick_sort_inplace(a, lo=0, hi=None):
    if hi is None:
        hi = len(a) - 1
    if lo < hi:
        p = a[hi]
        i = lo
        for j in range(lo, hi):
            if a[j] < p:
                a[i], a[j] = a[j], a[i]
                i += 1
        a[i], a[hi] = a[hi], a[i]
        quick_sort_inplace(a, lo, i - 1)
        quick_sort_inplace(a, i + 1, hi)
    return a


data = [38, 27, 43, 3, 9, 82, 10]
print(merge_sort(data, trace=True))
print(quick_sort(data), quick_sort([5, 5, 1, 5, 0]))
print(quick_sort_inplace(list(data)), quick_sort_inplace([]))
big = [(i * 7919) % 1000 for i in range(200)]
print(merge_sort(big) == sorted(big), quick_sort(big) == sorted(big), quick_sort_inplace(list(big)) == sorted(big))
print(merge_sort(["pear", "apple", "fig"]), merge([1, 4], [2, 3, 5]))
