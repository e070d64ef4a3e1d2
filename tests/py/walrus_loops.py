lines = ["a", "bb", "", "ccc"]
i = 0
while (line := lines[i]) != "":
    print(len(line), line)
    i += 1
values = [4, 9, 15, 2]
if any([(big := v) > 10 for v in values]):
    print("found", big)
def count_long(words, n):
    return [(w, k) for w in words if (k := len(w)) > n]
print(count_long(["hi", "hello", "world", "a"], 3))
total = 0
print([total := total + x for x in range(5)], total)
def f():
    stats = [m for x in [3, 1, 2] if (m := x * 2)]
    return stats, m
print(f())
