def clean(s):
    out = ""
    for c in s.lower():
        if ("a" <= c <= "z") or ("0" <= c <= "9"):
            out += c
    return out

def is_pal(s):
    c = clean(s)
    return c == c[::-1]

for s in ["racecar", "A man, a plan, a canal: Panama", "hello", "", "No 'x' in Nixon", "12321", "ab"]:
    print(repr(s), is_pal(s))
print("stressed"[::-1])
print("ésope reste ici et se repose"[::-1])
words = "level noon python madam code".split()
pals = []
for w in words:
    if w == w[::-1]:
        pals.append(w)
print(pals)
