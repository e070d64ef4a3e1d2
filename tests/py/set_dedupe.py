nums = [5, 3, 5, 1, 3, 9, 1]
print(len(set(nums)))
seen = set()
out = []
for n in nums:
    if n not in seen:
        seen.add(n)
        out.append(n)
print(out, seen)
a = set(range(0, 20, 2))
b = set(range(0, 20, 3))
print(a & b, a | b)
print(sorted(a - b))
print(set(range(50)) == set(range(49, -1, -1)))
big = set()
for i in range(1000):
    big.add(i * 7 % 1000)
print(len(big), 999 in big, 1000 in big)
for i in range(0, 1000, 2):
    big.discard(i)
print(len(big), sorted(big)[:5])
print({1: 2}.keys() == {1}, set({1: 2, 3: 4}))
