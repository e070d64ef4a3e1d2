class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def __len__(self):
        return self.size

    def __iter__(self):
        return ListIter(self.head)

    def reverse(self):
        prev = None
        cur = self.head
        while cur:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        self.head = prev

    def __str__(self):
        parts = []
        for v in self:
            parts.append(str(v))
        return " -> ".join(parts) if parts else "empty"


class ListIter:
    def __init__(self, node):
        self.node = node

    def __iter__(self):
        return self

    def __next__(self):
        if self.node is None:
            raise StopIteration
        v = self.node.value
        self.node = self.node.next
        return v


ll = LinkedList()
print(ll, len(ll))
for i in range(5):
    ll.push(i * i)
print(ll, len(ll))
ll.reverse()
print(ll)
print(sum(list(ll)), max(list(ll)), 16 in ll, 5 in ll)


class Tree:
    def __init__(self, value):
        self.value = value
        self.left = None
        self.right = None

    def insert(self, v):
        if v < self.value:
            if self.left is None:
                self.left = Tree(v)
            else:
                self.left.insert(v)
        else:
            if self.right is None:
                self.right = Tree(v)
            else:
                self.right.insert(v)

    def inorder(self, out):
        if self.left:
            self.left.inorder(out)
        out.append(self.value)
        if self.right:
            self.right.inorder(out)
        return out

    def depth(self):
        l = self.left.depth() if self.left else 0
        r = self.right.depth() if self.right else 0
        return 1 + max(l, r)


t = Tree(50)
for v in [30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(v)
print(t.inorder([]), t.depth())


def build(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head


h = build(2000)
count = 0
while h:
    count += 1
    h = h.next
print(count)
