# heapq: push/pop order, heapify, replace/pushpop, nsmallest/nlargest
# (stable, with key), merge (with key and reverse).
import heapq

data = [(i * 37 + 11) * (i + 3) % 101 for i in range(50)]
h = []
for x in data:
    heapq.heappush(h, x)
print([heapq.heappop(h) for _ in range(len(h))] == sorted(data))
h = data[:]
heapq.heapify(h)
print(h[0] == min(data), all(h[i] <= h[c] for i in range(len(h)) for c in (2 * i + 1, 2 * i + 2) if c < len(h)))
print(heapq.heapreplace(h, 500), heapq.heappushpop(h, -1), heapq.heappushpop(h, 1000), h[0])
print(heapq.nsmallest(5, data), heapq.nlargest(5, data))
words = ["pear", "fig", "apple", "kiwi", "banana", "date", "plum"]
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(3, words, key=len))
print(heapq.nsmallest(0, data), heapq.nlargest(-1, data))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [], [0, 11])))
print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))
print(list(heapq.merge([9, 4, 1], [10, 3, 2], reverse=True)))
tasks = []
for prio, name in [(3, "c"), (1, "a"), (2, "b"), (1, "a2")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(4)])
for f in (heapq.heappop, lambda h: heapq.heapreplace(h, 1)):
    try:
        f([])
    except IndexError as e:
        print("IndexError", e)
