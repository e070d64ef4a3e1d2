def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c == " ":
            i += 1
        elif "0" <= c <= "9":
            j = i
            while j < len(src) and "0" <= src[j] <= "9":
                j += 1
            tokens.append(("num", int(src[i:j])))
            i = j
        elif c in "+-*/()":
            tokens.append(("op", c))
            i += 1
        else:
            raise ValueError("bad char " + repr(c))
    return tokens

print(tokenize("12 + 34*(5-6)"))
print(tokenize(""))
try:
    tokenize("1 + x")
except ValueError as e:
    print(e)
