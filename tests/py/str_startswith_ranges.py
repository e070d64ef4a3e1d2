s = "micropython"
print(s.startswith("micro"), s.startswith("python", 5), s.startswith("py", 5, 6))
print(s.startswith("py", 5, 7), s.startswith("", 11), s.startswith("", 3))
print(s.startswith("n", -1), s.startswith("on", -2, -1), s.startswith("micro", -100))
print(s.endswith("python"), s.endswith("micro", 0, 5), s.endswith("cro", 2, 5))
print(s.endswith("cro", 2, 4), s.endswith("", 5, 5), s.endswith("", 0))
print(s.endswith("o", -100, -5), s.endswith("n", -1), s.endswith("on", 0, -1))
print(s.startswith(("py", "mi")), s.startswith(("py", "xx"), 5), s.startswith(()))
print(s.endswith(("on", "zz")), s.endswith(("mi", "cr"), 0, 4), s.endswith(("a", "b")))
for start in range(-3, 4):
    print(start, s.startswith("m", start), s.endswith("n", start), s.endswith("mic", 0, start))
