a = "abc"
b = "ab" + "c"
print(a == b, a != b, a is not None)
print(a < "abd", a > "ab", a <= "abc", a >= "abd")
print("A" < "a", "a" < "b", "10" < "9")
print(sorted(["b", "A", "a", "B", "10", "9"]))
print("é" == "é", "e" == "é")
print(len("é"), len("e\u0301"))
print("abc" * 2 == "abcabc")
print("b" in "abc", "ac" in "abc")
