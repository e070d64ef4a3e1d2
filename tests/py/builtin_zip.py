print(list(zip([1, 2, 3], ["a", "b", "c"])))
print(list(zip([1, 2, 3], "ab")))
print(list(zip("abc", range(10), (True, False, None))))
print(list(zip([], [1])))
print(list(zip([1, 2, 3, 4], [5, 6], [7, 8, 9])))
for a, b in zip(["k1", "k2"], [10, 20]):
    print(a, b)
names = ["ann", "bob"]
ages = [30, 40]
print(dict(zip(names, ages)))
total = 0
for x, y in zip([1, 2, 3], [4, 5, 6]):
    total += x * y
print(total)
