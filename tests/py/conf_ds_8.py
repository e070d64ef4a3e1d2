def bubble_sort(a):
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


def insertion_sort(a):
    a = list(a)
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a


def selection_sort(a):
    a = list(a)
    for i in range(len(a)):
        m = min(range(i, len(a)), key=lambda k: a[k])
        a[i], a[m] = a[m], a[i]
    return a


data = [64, 34, 25, 12, 22, 11, 90, 5, 34]
print(bubble_sort(data))
print(bubble_sort(sorted(data)))
print(insertion_sort(data))
print(selection_sort(data))
print(insertion_sort([]), insertion_sort([1]), insertion_sort("sorting"))
print(bubble_sort([3, 2, 1])[1], bubble_sort(list(range(10, 0, -1)))[1])
print(selection_sort([2.5, -1, 0, 1e3, -1e-3]))
print(insertion_sort(data) == sorted(data) == selection_sort(data))
