def permutations(items):
    if len(items) <= 1:
        yield items[:]
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p

for p in permutations([1, 2, 3]):
    print(p)
print(len(list(permutations([1, 2, 3, 4, 5]))))

def tree_walk(node, depth=0):
    name, children = node
    yield "  " * depth + name
    for child in children:
        yield from tree_walk(child, depth + 1)

tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b11", [])])])])
for line in tree_walk(tree):
    print(line)

def inorder(t):
    if t is None:
        return
    left, value, right = t
    yield from inorder(left)
    yield value
    yield from inorder(right)

bst = ((None, 1, None), 2, ((None, 3, None), 4, (None, 5, None)))
print(list(inorder(bst)))

def combinations(items, k):
    if k == 0:
        yield ()
        return
    for i in range(len(items)):
        for rest in combinations(items[i + 1:], k - 1):
            yield (items[i],) + rest

print(list(combinations("abcd", 2)))

def hanoi(n, a, b, c):
    if n == 0:
        return
    yield from hanoi(n - 1, a, c, b)
    yield (a, c)
    yield from hanoi(n - 1, b, a, c)

moves = list(hanoi(4, "A", "B", "C"))
print(len(moves), moves[:3])

def deep(n):
    if n == 0:
        yield "bottom"
        return "r0"
    r = yield from deep(n - 1)
    return r + "."

def top():
    r = yield from deep(40)
    yield r

print(list(top()))
