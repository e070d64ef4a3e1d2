s = "abcdefghij"
print(s[::-1], s[::-2], s[-1::-3], s[8:2:-2], s[2:8:-1] == "")
print(s[-2:-8:-1], s[100:-100:-4], s[5::-1], s[:5:-1])
t = (1, "two", 3.0, None, True, [6])
print(t[::-1], t[::-2], t[4:1:-1], t[1:4:-1], t[-1:-7:-2])
print(t[100::-3], t[:-100:-1], t[::-10])
u = "héllo wörld"
print(u[::-1], u[::-3], u[-3:2:-2], u[7::-2])
for i in range(-12, 12, 5):
    print(i, s[i::-1], s[:i:-1], t[i::-2])
back = ""
for ch in s:
    back = ch + back
print(back == s[::-1], back[::-1] == s, list(t[::-1])[::-1] == list(t))
try:
    print(s[::0])
except ValueError as e:
    print("ValueError", e)
