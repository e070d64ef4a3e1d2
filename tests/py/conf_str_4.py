s = "Python Programming"
print(s[0], s[-1], s[7:], s[:6], s[::2], s[::-1], s[-11:-3])
print(s[100:], repr(s[5:2]), s[-100:3])
print(s[1:10:3], s[::-2], s[10:2:-2])
print(len(s), len(""), len(s[3:3]))
t = "abcdef"
print([t[i:i + 2] for i in range(0, len(t), 2)])
print(t[:3] + t[3:] == t, t * 2, "-" * 10)
print("b" in t, "cd" in t, "ce" in t, "" in t)
print(min(t), max(t), sorted("hello"), list("hey"))
print(t < "abd", "Z" < "a", "apple" < "apricot", "abc" == "abc", "a" * 0 == "")
try:
    t[0] = "z"
except TypeError:
    print("strings are immutable")
print(t.replace("c", "C")[::-1].upper())
rows = ["".join(str((r * c) % 10) for c in range(1, 6)) for r in range(1, 4)]
print(rows)
s2 = "racecar"
print(s2 == s2[::-1], s2[:len(s2) // 2], s2[len(s2) // 2], s2[len(s2) // 2 + 1:])
word = "encyclopedia"
print(word[word.find("c"):word.rfind("c") + 1])
print(str(123)[::-1], int(str(120)[::-1]), str(-5).lstrip("-"))
