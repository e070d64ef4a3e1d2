s = "The quick brown fox"
print(s[::-1], s[4:9], s[-3:], s[::2])
print(sorted(s.lower().split()), max(s.split(), key=len), len(s))
print(ord("A"), chr(97), "abc" * 3, "a" in "abc", "abc" < "abd")
print(repr("it's"), repr('say "hi"'), repr("a\nb\tc\\"), repr("\x00\x7f"), ascii("é"))
print("é".encode("utf-8"), b"\xc3\xa9".decode("utf-8"), len("日本"), "日本"[1])
print(str(1.0), str(1e20), str(1e-5), str(0.1 + 0.2), str(1/3), str(-0.0), str(float("inf")))
print("a".join("xyz"), "".join(reversed("abc")), "x".join([]))
print(" ".join(w.capitalize() for w in "hello big world".split()))
