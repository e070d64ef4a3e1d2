s = "a,b,,c,d"
for n in [-1, 0, 1, 2, 3, 10]:
    print(n, s.rsplit(",", n), s.rsplit(",", maxsplit=n))
w = "  one two   three  four "
for n in [-1, 1, 2, 5]:
    print(n, w.rsplit(None, n), w.rsplit(maxsplit=n))
print(w.rsplit(), "".rsplit(), "".rsplit(","), "abc".rsplit(","))
print("a--b--c".rsplit("--", 1), "--a--".rsplit("--", 1), "----".rsplit("--", 1))
print("aaa".rsplit("aa", 1), "aaa".split("aa", 1))
path = "dir/sub/file.tar.gz"
print(path.rsplit("/", 1)[-1], path.rsplit(".", 1), path.rsplit(".", 2))
print("α β γ δ".rsplit(" ", 2))
