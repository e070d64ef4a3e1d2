s = "naïve café 日本語 😀!"
print(len(s))
print(s.upper())
print(s.split())
print(s.find("日本"), s.find("😀"))
print(s[6:10], s[-2], s[11:14])
print(s.replace("é", "e").replace("ï", "i"))
print("日本" in s, "japan" in s)
print("-".join(["α", "β", "γ"]))
print(s.startswith("naï"), s.endswith("😀!"))
print(s[::-1])
print(s.strip("n!"))
t = "€" * 3
print(t, len(t), t[1])
