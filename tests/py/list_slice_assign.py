nums = list(range(10))
nums[2:5] = ["a", "b"]
print(nums)
nums[1:1] = [100, 200]
print(nums)
nums[-2:] = []
print(nums)
nums[::2] = nums[::2][::-1]
print(nums)
a = [1, 2, 3]
a[:] = a
print(a)
a[len(a):] = (x * 10 for x in range(2))
print(a)
a[1:3] = "xy"
print(a)
b = list(range(6))
b[::-2] = [0, 0, 0]
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print(e)
c = [1, 2, 3, 4, 5]
c[3:1] = [9]
print(c)
c[-100:100] = [7]
print(c)
try:
    c[0:1] = 5
except TypeError as e:
    print(e)
