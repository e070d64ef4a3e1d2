def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + shift) % 26 + ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - ord("A") + shift) % 26 + ord("A")))
        else:
            out.append(ch)
    return "".join(out)


msg = "Hello, World! xyz ABC"
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3))
print(caesar(msg, 13), caesar(caesar(msg, 13), 13) == msg)
print(caesar("abc", 26 * 4 + 1), caesar("abc", -27))
for k in range(0, 26, 5):
    print(k, caesar("attack at dawn", k))


def vigenere(text, key, sign=1):
    res = []
    ki = 0
    for ch in text:
        if ch.isalpha():
            k = ord(key[ki % len(key)]) - 97
            res.append(chr((ord(ch) - 97 + sign * k) % 26 + 97))
            ki += 1
        else:
            res.append(ch)
    return "".join(res)


e = vigenere("attack at dawn", "lemon")
print(e, vigenere(e, "lemon", -1))
print([ord(c) for c in "AZaz09 "], "".join(chr(i) for i in range(65, 71)))
table = dict(zip("abc", "xyz"))
print("".join(table.get(c, c) for c in "aabbccdd"))
