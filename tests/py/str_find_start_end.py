s = "abcabcabc"
print(s.find("abc", 1), s.find("abc", 1, 5), s.find("abc", 1, 6))
print(s.find("c", -4), s.find("c", -4, -2), s.find("c", -100, 3))
print(s.find("a", 9), s.find("", 9), s.find("", 4, 4), s.find("", -2))
print(s.rfind("abc"), s.rfind("abc", 0, 8), s.rfind("abc", 2, 6))
print(s.rfind("b", -5), s.rfind("b", -5, -3), s.rfind("z", 0, 100))
print(s.rfind(""), s.rfind("", 3), s.rfind("", 3, 5))
print(s.index("b", 2), s.rfind("b", 0, 6), s.index("cab", -6))
for sub, start, end in [("x", 0, 9), ("a", 1, 3), ("c", 3, 5), ("c", 3, 6)]:
    try:
        print(s.index(sub, start, end))
    except ValueError as e:
        print("ValueError", e)
w = "héllo wörld"
print(w.find("l", 3), w.rfind("ö", 0, 8), w.find("ö", -4), w.rfind("l", -3, -1))
