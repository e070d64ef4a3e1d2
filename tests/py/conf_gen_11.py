def tokenize(s):
    i = 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            yield ("NUM", int(s[i:j]))
            i = j
        elif c in "+-*/()":
            yield ("OP", c)
            i += 1
        else:
            raise SyntaxError("bad char %r" % c)

print(list(tokenize("12 + 3*(40 - 5)")))

def evaluate(s):
    toks = list(tokenize(s)) + [("END", None)]
    pos = [0]
    def peek():
        return toks[pos[0]]
    def take():
        t = toks[pos[0]]
        pos[0] += 1
        return t
    def expr():
        v = term()
        while peek() in (("OP", "+"), ("OP", "-")):
            op = take()[1]
            v = v + term() if op == "+" else v - term()
        return v
    def term():
        v = factor()
        while peek() in (("OP", "*"), ("OP", "/")):
            op = take()[1]
            v = v * factor() if op == "*" else v // factor()
        return v
    def factor():
        t = take()
        if t == ("OP", "("):
            v = expr()
            take()
            return v
        if t == ("OP", "-"):
            return -factor()
        return t[1]

    return expr()

for e in ["1+2*3", "(1+2)*3", "100/7/2", "-(4-10)*2", "2*(3+(4-1))*5"]:
    print(e, "=", evaluate(e))
try:
    list(tokenize("1 + x"))
except SyntaxError as e:
    print("SyntaxError:", e)
