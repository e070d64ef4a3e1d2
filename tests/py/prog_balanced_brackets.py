PAIRS = {")": "(", "]": "[", "}": "{"}

def balanced(s):
    stack = []
    for i, c in enumerate(s):
        if c in "([{":
            stack.append(c)
        elif c in PAIRS:
            if not stack or stack.pop() != PAIRS[c]:
                return False, i
    if stack:
        return False, len(s)
    return True, -1

for s in ["()", "([]{})", "(]", "((", "", "{[()()]}", "a(b)c]", "}{"]:
    print(repr(s), balanced(s))
