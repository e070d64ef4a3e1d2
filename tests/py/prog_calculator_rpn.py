def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in ("+", "-", "*", "/", "//", "%"):
            b = stack.pop()
            a = stack.pop()
            if tok == "+":
                stack.append(a + b)
            elif tok == "-":
                stack.append(a - b)
            elif tok == "*":
                stack.append(a * b)
            elif tok == "/":
                stack.append(a / b)
            elif tok == "//":
                stack.append(a // b)
            else:
                stack.append(a % b)
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    return stack[0]

for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 /", "7 2 //", "-7 2 %", "1.5 2 *", "2 100 * 2 100 * *"]:
    print(e, "=", rpn(e))
try:
    rpn("1 0 /")
except ZeroDivisionError as err:
    print("error:", err)
