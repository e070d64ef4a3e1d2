print(", ".join(["a", "b", "c"]))
print("".join(["x", "y", "z"]))
print("-".join("abc"))
print(repr(" ".join([])))
print("|".join(["only"]))
print("<>".join(("1", "2", "3")))
words = ["héllo", "wörld"]
print(" · ".join(words))
parts = []
i = 0
while i < 4:
    parts.append(str(i * i))
    i += 1
print("+".join(parts))
print(", ".join(sorted(["pear", "apple", "fig"])))
d = {"k1": 1, "k2": 2}
print("/".join(d))
