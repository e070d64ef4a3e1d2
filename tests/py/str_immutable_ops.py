s = "Hello"
t = s
s += " World"
print(s)
print(t)
u = s.upper()
print(u, s)
print(s.replace("l", "L"), s)
print(s[0] + s[1:].lower())
words = s.split()
words.append("!")
print(words, s)
print(s.strip("Hd"))
