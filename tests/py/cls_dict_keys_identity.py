class Node:
    def __init__(self, name):
        self.name = name


a, b = Node("a"), Node("b")
d = {a: 1, b: 2}
print(d[a], d[b], a in d, Node("a") in d)
d[a] += 10
print(d[a], len(d))
seen = {}
for n in [a, b, a, a]:
    seen[n] = seen.get(n, 0) + 1
print([seen[a], seen[b]])


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k


try:
    {Key(1): 1}
except TypeError as e:
    print("TypeError:", e)
print(Key(1) == Key(1), Key(1) in [Key(2), Key(1)], Key(3) in [Key(2)])
print([Key(1), Key(2)].count(Key(1)) if False else 1)
cls_map = {Node: "node", Key: "key"}
print(cls_map[Node], cls_map[type(Key(0))])
