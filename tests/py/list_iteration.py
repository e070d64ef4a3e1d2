nums = [4, 8, 15, 16, 23, 42]
total = 0
for n in nums:
    total += n
print(total)
for i in range(len(nums)):
    nums[i] = nums[i] * 2
print(nums)
evens = []
for n in nums:
    if n % 4 == 0:
        evens.append(n)
print(evens)
for i, v in enumerate(nums, 1):
    if i > 2:
        break
    print(i, v)
pairs = [[1, 2], [3, 4]]
for p in pairs:
    print(p[0] + p[1])
