def check(x):
    assert x > 0, f"bad value {x}"
    return x

print(check(3))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("empty:", repr(e.args))
x = 1
del x
try:
    print(x)
except NameError as e:
    print(e)
lst = [0, 1, 2, 3, 4]
del lst[1]
print(lst)
del lst[1:3]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
a, b = 1, 2
del a, b
def f():
    y = 2
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(f())
nums = list(range(10))
del nums[::3]
print(nums)
del nums[-2:]
print(nums)
del nums[:]
print(nums)
