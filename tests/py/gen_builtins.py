def nums(n):
    for i in range(1, n + 1):
        yield i

print(list(nums(5)))
print(tuple(nums(3)))
print(sum(nums(100)))
print(sorted(nums(5), reverse=True))
print(sorted(nums(6), key=lambda x: x % 3))
print(min(nums(7)), max(nums(7)))
print(max(nums(5), key=lambda x: -x))
print(any(nums(3)), all(nums(3)))
print(list(enumerate(nums(3))))
print(list(enumerate(nums(3), 10)))
print(list(zip(nums(3), nums(10))))
print(list(zip("abc", nums(5), [True, False])))
print(dict(zip(nums(3), "xyz")))
def words():
    yield "alpha"
    yield "beta"
    yield "gamma"
print(", ".join(words()))
print(3 in nums(5), 9 in nums(5), 9 not in nums(5))
it = iter(nums(2))
print(next(it), next(it))
g = nums(3)
print(iter(g) is g)
l = [0]
l.extend(nums(3))
print(l)
l += nums(2)
print(l)
d = dict(zip(words(), nums(3)))
print(d)
a, b, c = words()
print(a, b, c)
print(len(list(nums(50))))
print(list(reversed(list(nums(4)))))
print(bytes(nums(5)))
