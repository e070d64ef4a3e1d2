s = "aaaa-abab-aaaa"
print(s.count("a"), s.count("aa"), s.count("aaa"), s.count("ab"))
print(s.count("a", 5), s.count("a", 5, 9), s.count("a", -4), s.count("a", -4, -2))
print(s.count("aa", 1, 4), s.count("aa", 0, 3), s.count("b", 100), s.count("-", -100))
print(s.count(""), s.count("", 3), s.count("", 3, 5), s.count("", -2))
print("".count(""), "".count("a"), "abc".count("", 3))
print("ééé".count("é"), "ééé".count("é", 1), "ééé".count("éé"))
for sub in ["a", "-", "ab", "aaaa", "x"]:
    print(sub, s.count(sub), s.count(sub, 2, -2))
