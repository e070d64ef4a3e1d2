class Queue:
    def __init__(self):
        self.inbox = []
        self.outbox = []

    def enqueue(self, x):
        self.inbox.append(x)

    def dequeue(self):
        if not self.outbox:
            while self.inbox:
                self.outbox.append(self.inbox.pop())
        return self.outbox.pop()

    def __len__(self):
        return len(self.inbox) + len(self.outbox)

q = Queue()
for i in range(5):
    q.enqueue(i)
print(q.dequeue(), q.dequeue())
q.enqueue(10)
print([q.dequeue() for _ in range(len(q))])

graph = {
    "A": ["B", "C"],
    "B": ["D"],
    "C": ["D", "E"],
    "D": ["F"],
    "E": ["F"],
    "F": [],
    "G": ["A"],
}

def bfs(start):
    order, dist = [], {start: 0}
    q = [start]
    while q:
        n = q.pop(0)
        order.append(n)
        for m in graph[n]:
            if m not in dist:
                dist[m] = dist[n] + 1
                q.append(m)
    return order, dist

def dfs(start, seen=None):
    if seen is None:
        seen = []
    seen.append(start)
    for m in graph[start]:
        if m not in seen:
            dfs(m, seen)
    return seen

o, d = bfs("A")
print(o, sorted(d.items()))
print(dfs("A"), dfs("G"))
print(sorted(n for n in graph if all(n not in graph[m] for m in graph)))
