def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            print("found at", i)
            break
    else:
        print("not found")

find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)
n = 0
while n < 3:
    n += 1
else:
    print("while finished", n)
while True:
    break
else:
    print("never printed")
for i in range(2):
    continue
else:
    print("for else after continue", i)
