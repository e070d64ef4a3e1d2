s = "Hello, World"
print(s.lower(), s.upper(), s.swapcase(), s.title(), s.capitalize())
print(s.find("o"), s.rfind("o"), s.index("W"), s.count("l"))
print(s.startswith(("He", "x")), s.endswith("ld"), s.startswith("lo", 3))
print(s.replace("l", "L", 2), s.split(", "), s.partition(", "), s.rpartition("o"))
print("  x  ".strip(), "xxhixx".strip("x"), "  a".lstrip(), "b  ".rstrip() + "|")
print("a,b,,c".split(","), "a b  c".split(), "a b c".split(None, 1), "a,b,c".rsplit(",", 1))
print("ab\ncd\r\nef".splitlines(), "ab\ncd\n".splitlines(True))
print("-".join(["a", "b"]), "x".center(5, "*"), "x".ljust(3) + "|", "x".rjust(3), "42".zfill(5), "-42".zfill(5))
