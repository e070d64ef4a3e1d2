class Node:
    def __init__(self, val, next=None):
        self.val = val
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)):
            self.push(it)

    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1

    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty list")
        v = self.head.val
        self.head = self.head.next
        self.size -= 1
        return v

    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next

    def __len__(self):
        return self.size

    def reverse(self):
        prev = None
        cur = self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __repr__(self):
        return "[" + " -> ".join(str(v) for v in self) + "]"


ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll))
ll.push(0)
print(ll)
ll.reverse()
print(ll)
print(ll.pop(), ll.pop(), ll)
print(sum(ll), max(ll), list(ll))
empty = LinkedList()
print(empty, len(empty))
try:
    empty.pop()
except IndexError as e:
    print("IndexError:", e)
