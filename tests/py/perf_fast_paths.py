# Edge cases of the dispatch loop's fast paths: range iteration at the
# small-int limits, list/tuple indexing, fused compare-and-branch.
for i in range(2**47 - 3, 2**47 - 1, 3):
    print(i)
for i in range(-2**47 + 3, -2**47, -2):
    print(i)
for i in range(2**47 - 9, 2**47 - 1, 4):
    print(i)
for i in range(10, 0, -3):
    print(i)
xs = [1, 2, 3]
print(xs[-1], xs[-3], xs[2], (4, 5)[-2], (4, 5)[1])
for bad in (-4, 3):
    try:
        xs[bad]
    except IndexError as e:
        print("IndexError", e)
print(xs[True], xs[2**50 - 2**50])
n = 0
for x in (7, 8, 9):
    n += x
for x in []:
    n += 100
print(n)
i = 0
while not i >= 5:
    i += 1
print(i)
j = 10
while j > 0 or j == -3:
    j -= 4
print(j)
print(3 < 4, 1.5 < 2, "a" < "b", [1] == [1])
if 2**60 > 2**59:
    print("big compare")
total = 0
k = 2**47 - 2
k += 1
total += k
k += 1
print(k, total)
