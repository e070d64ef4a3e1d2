print("Hello World".upper())
print("Hello World".lower())
print("123abc!".upper())
print("ÀÉÎõü".lower())
print("àéîõü".upper())
print("mIxEd CaSe".lower().upper())
print("".upper() == "")
s = "Python"
print("ÉCOLE".lower(), "ñandú".upper())
