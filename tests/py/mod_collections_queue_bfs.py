import collections
graph = {"A": ["B", "C"], "B": ["D"], "C": ["D", "E"], "D": ["F"], "E": ["F"], "F": []}
def bfs(start):
    seen = {start}
    order = []
    queue = collections.deque([start])
    while queue:
        node = queue.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order
print(bfs("A"))
od = collections.OrderedDict()
od["z"] = 1
od["a"] = 2
print(list(od.keys()), od["a"])
window = collections.deque(maxlen=3)
for v in [1, 2, 3, 4, 5]:
    window.append(v)
    print(list(window), sum(window) / len(window))
