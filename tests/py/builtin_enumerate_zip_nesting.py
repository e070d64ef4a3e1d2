names = ["a", "b", "c", "d"]
nums = [10, 20, 30]
for i, (n, x) in enumerate(zip(names, nums)):
    print(i, n, x)
for (i, n), x in zip(enumerate(names, 1), nums):
    print(i, n, x)
for i, (j, n) in enumerate(enumerate(names, 5), -2):
    print(i, j, n)
print(list(zip(names, nums, "xyz12")), list(zip(names, "")), list(zip(names)))
print(list(enumerate("hé", 10)), list(enumerate([], 3)), list(enumerate(range(3), start=-1)))
pairs = list(zip(range(3), zip("abc", [True, False, None])))
print(pairs)
for k, (c, flag) in pairs:
    print(k, c, flag)
print(dict(zip(names, nums)), dict(enumerate(names)))
total = 0
for i, row in enumerate([[1, 2], [3, 4], [5, 6]]):
    for j, v in enumerate(row):
        total += i * 10 + j * v
print(total)
z = zip([1, 2, 3], [4, 5, 6])
print(list(z), list(z))
