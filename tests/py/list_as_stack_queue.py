stack = []
for c in "abc":
    stack.append(c)
    print("push", c, stack)
while len(stack) > 0:
    print("pop", stack.pop(), stack)
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
queue.insert(0, 0)
print(queue)
