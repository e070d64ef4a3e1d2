def shift_char(c, k):
    if "a" <= c <= "z":
        return chr((ord(c) - ord("a") + k) % 26 + ord("a"))
    if "A" <= c <= "Z":
        return chr((ord(c) - ord("A") + k) % 26 + ord("A"))
    return c

def caesar(s, k):
    out = ""
    for c in s:
        out += shift_char(c, k)
    return out

msg = "Hello, World! Zebra-123 ü"
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3))
print(caesar(msg, 26) == msg, caesar(msg, -1))
for k in range(0, 27, 13):
    print(k, caesar("abcxyz", k))
