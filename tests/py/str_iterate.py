s = "héllo"
for ch in s:
    print(ch, ord(ch))
count = 0
for ch in "mississippi":
    if ch == "s":
        count += 1
print("s count", count)
vowels = ""
for c in "programming language":
    if c in "aeiou":
        vowels += c
print(vowels)
for i, c in enumerate("ab€"):
    print(i, c)
