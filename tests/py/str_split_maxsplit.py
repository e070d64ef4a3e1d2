s = "a,b,,c,d"
for n in [-1, 0, 1, 2, 3, 10]:
    print(n, s.split(",", n), s.split(",", maxsplit=n))
w = "  one two   three  four"
for n in [-1, 0, 1, 2, 5]:
    print(n, w.split(None, n), w.split(maxsplit=n))
print("a--b--c".split("--", 1), "--a--".split("--", 1), "----".split("--", 1))
print("x".split("x", 1), "xx".split("x", 5), "".split(",", 3), "".split(None, 3))
print("line1\nline2\r\nline3".split(None, 1))
print("α β γ δ".split(" ", 2))
