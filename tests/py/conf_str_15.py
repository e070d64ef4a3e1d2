def bracket_balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for i, c in enumerate(s):
        if c in "([{":
            stack.append((c, i))
        elif c in pairs:
            if not stack or stack[-1][0] != pairs[c]:
                return "mismatch at %d" % i
            stack.pop()
    if stack:
        return "unclosed %r at %d" % stack[-1]
    return "ok"


for s in ["(a[b]{c})", "((", "(]", "{[()()]}", "", "a)b", "([{}])[", "no brackets"]:
    print("%-12r %s" % (s, bracket_balanced(s)))


def count_substrings(s, sub):
    n = 0
    i = s.find(sub)
    while i != -1:
        n += 1
        i = s.find(sub, i + 1)
    return n


print(count_substrings("aaaa", "aa"), "aaaa".count("aa"), count_substrings("abcabc", "bc"))


def common_prefix(words):
    if not words:
        return ""
    p = words[0]
    for w in words[1:]:
        while not w.startswith(p):
            p = p[:-1]
    return p


print(repr(common_prefix(["flower", "flow", "flight"])), repr(common_prefix(["dog", "car"])), repr(common_prefix(["same", "same"])))
