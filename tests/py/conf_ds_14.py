nums = list(range(10))
print(nums[2:5], nums[:3], nums[7:], nums[-3:], nums[::3], nums[::-1], nums[8:2:-2])
nums[2:5] = ["a", "b"]
print(nums)
nums[1:1] = [100, 200]
print(nums)
nums[-2:] = []
print(nums)
del nums[::2]
print(nums)
nums[:] = [1, 2, 3]
print(nums)
a = [1, 2, 3]
b = a
b += [4]
print(a, a is b)
b = b + [5]
print(a, b, a is b)
x = [[]] * 3
x[0].append(1)
print(x)
print(list(range(5))[10:], list(range(5))[-10:2])
r = range(2, 20, 3)
print(list(r), len(r), r[2], r[-1], 11 in r, 12 in r, list(r[1:3]))
print(list(reversed(range(5))), list(range(0)), list(range(5, 0)))
print(sum(range(101)), max(range(7)), list(enumerate("ab")))
lst = [3, 1, 2]
print(sorted(lst), lst, lst.sort(), lst)
print(list(reversed(lst)), lst[::-1] == list(reversed(lst)))
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0])
print([0] * 0, [None] * 2, len([[]] * 5))
