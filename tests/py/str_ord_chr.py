print(ord("a"), ord("A"), ord("0"), ord(" "))
print(ord("é"), ord("€"), ord("😀"))
print(chr(97), chr(65), chr(48))
print(chr(233), chr(8364), chr(128512))
print(chr(ord("a") + 1))
s = ""
i = ord("a")
while i <= ord("e"):
    s += chr(i)
    i += 1
print(s)
print(hex(ord("€")))
print(ord(chr(1114111)))
