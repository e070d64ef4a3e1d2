s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[:], s[-3:])
print(s[::-1])
print(s[1:8:2])
print(s[::3])
print(s[8:2:-2])
print(s[-1:-6:-1])
print(s[5:100], s[100:], repr(s[5:2]))
print(s[-100:3])
print(s[::-3])
u = "añb€ç"
print(u[::-1], u[1:4], u[::2])
print("racecar"[::-1] == "racecar")
