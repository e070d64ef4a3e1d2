class MinHeap:
    def __init__(self):
        self.a = []

    def push(self, x):
        a = self.a
        a.append(x)
        i = len(a) - 1
        while i > 0 and a[(i - 1) // 2] > a[i]:
            p = (i - 1) // 2
            a[p], a[i] = a[i], a[p]
            i = p

    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r = 2 * i + 1, 2 * i + 2
                s = i
                if l < len(a) and a[l] < a[s]:
                    s = l
                if r < len(a) and a[r] < a[s]:
                    s = r
                if s == i:
                    break
                a[i], a[s] = a[s], a[i]
                i = s
        return top

    def __len__(self):
        return len(self.a)

h = MinHeap()
for x in [5, 3, 8, 1, 9, 2, 7, 1]:
    h.push(x)
print(len(h), h.a[0])
print([h.pop() for _ in range(len(h))])
tasks = MinHeap()
for pri, name in [(3, "write"), (1, "plan"), (2, "code"), (5, "ship"), (4, "test")]:
    tasks.push((pri, name))
while len(tasks):
    print(tasks.pop())

graph = {"A": [("B", 4), ("C", 1)], "B": [("D", 1)], "C": [("B", 2), ("D", 5)], "D": []}
dist = {"A": 0}
pq = MinHeap()
pq.push((0, "A"))
while len(pq):
    d, n = pq.pop()
    if d > dist.get(n, 10 ** 9):
        continue
    for m, w in graph[n]:
        if d + w < dist.get(m, 10 ** 9):
            dist[m] = d + w
            pq.push((d + w, m))
print(sorted(dist.items()))
