class Stack:
    def __init__(self):
        self._d = []

    def push(self, x):
        self._d.append(x)

    def pop(self):
        if not self._d:
            raise IndexError("empty stack")
        return self._d.pop()

    def peek(self):
        return self._d[-1]

    def __len__(self):
        return len(self._d)

def eval_rpn(expr):
    st = Stack()
    for tok in expr.split():
        if tok in "+-*/":
            b, a = st.pop(), st.pop()
            st.push({"+": a + b, "-": a - b, "*": a * b, "/": a // b}[tok])
        else:
            st.push(int(tok))
    return st.pop()

for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 4 * +", "10 3 /", "-7 2 /"]:
    print(e, "=>", eval_rpn(e))
try:
    eval_rpn("1 +")
except IndexError as e:
    print("error:", e)

def to_rpn(expr):
    prec = {"+": 1, "-": 1, "*": 2, "/": 2}
    out, ops = [], []
    for tok in expr.split():
        if tok.isdigit():
            out.append(tok)
        elif tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            while ops and ops[-1] != "(" and prec[ops[-1]] >= prec[tok]:
                out.append(ops.pop())
            ops.append(tok)
    while ops:
        out.append(ops.pop())
    return " ".join(out)

for e in ["1 + 2 * 3", "( 1 + 2 ) * 3", "8 / 2 - 1 * ( 4 - 2 )"]:
    r = to_rpn(e)
    print(e, "|", r, "|", eval_rpn(r))
