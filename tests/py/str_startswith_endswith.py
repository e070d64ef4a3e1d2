s = "filename.txt"
print(s.startswith("file"), s.startswith("name"))
print(s.endswith(".txt"), s.endswith(".py"))
print(s.startswith(("x", "fi")), s.endswith((".py", ".rs")))
print(s.startswith("name", 4), s.startswith("name", 5))
print(s.endswith("name", 0, 8))
print(s.startswith(""), s.endswith(""))
print("".startswith("a"), "".endswith(""))
print("héllo".startswith("hé"), "wörld".endswith("ld"))
names = ["test_a", "b_test", "test_c", "d"]
for n in names:
    if n.startswith("test_"):
        print("test:", n)
    elif n.endswith("_test"):
        print("suffix:", n)
