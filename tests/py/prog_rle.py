def encode(s):
    if not s:
        return ""
    out = ""
    prev = s[0]
    count = 1
    for c in s[1:]:
        if c == prev:
            count += 1
        else:
            out += str(count) + prev
            prev = c
            count = 1
    out += str(count) + prev
    return out

def decode(s):
    out = ""
    num = ""
    for c in s:
        if "0" <= c <= "9":
            num += c
        else:
            out += c * int(num)
            num = ""
    return out

for s in ["aaabccdddd", "", "x", "abc", "wwwwwwwwwwwwbbb", "ééé€"]:
    e = encode(s)
    print(repr(s), repr(e), decode(e) == s)
