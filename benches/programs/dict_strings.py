# Dicts and sorting: a dict of 100,000 string keys, looked up again, and
# sorting data that is already sorted (must be O(n log n) or better).
N = 100000
d = {}
for i in range(N):
    d["key" + str(i)] = i
hits = 0
for i in range(0, N, 3):
    if ("key" + str(i)) in d:
        hits += 1
data = list(range(N))
data.sort()
data = sorted(data, reverse=True)
print(len(d), hits, data[0])
