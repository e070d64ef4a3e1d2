class Node:
    def __init__(self, val, children=()):
        self.val = val
        self.children = list(children)


def total(node):
    return node.val + sum(total(c) for c in node.children)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
print("total:", total(tree))
print("leaf totals:", [total(c) for c in tree.children])
print("child count:", len(tree.children), len(tree.children[1].children))
tree.children.append(Node(None))
print("added bad node")
print("total:", total(tree))
