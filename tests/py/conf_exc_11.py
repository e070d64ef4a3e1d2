class Stack:
    class Empty(Exception):
        pass

    class Full(Exception):
        def __init__(self, cap):
            super().__init__("stack full (capacity %d)" % cap)
            self.cap = cap

    def __init__(self, cap):
        self.cap = cap
        self.items = []

    def push(self, x):
        if len(self.items) >= self.cap:
            raise Stack.Full(self.cap)
        self.items.append(x)

    def pop(self):
        if not self.items:
            raise Stack.Empty("pop from empty stack")
        return self.items.pop()


s = Stack(2)
ops = [("push", 1), ("push", 2), ("push", 3), ("pop",), ("pop",), ("pop",), ("push", 9)]
for op in ops:
    try:
        if op[0] == "push":
            s.push(op[1])
            print("pushed", op[1])
        else:
            print("popped", s.pop())
    except Stack.Full as e:
        print("Full:", e, e.cap)
    except Stack.Empty as e:
        print("Empty:", e)
print(s.items)
print(Stack.Full.__name__, issubclass(Stack.Empty, Exception))
errors = []
for val in ["1", "2", "three", "4", None, "5.0"]:
    try:
        errors.append(int(val))
    except (ValueError, TypeError) as e:
        errors.append(type(e).__name__)
print(errors)
