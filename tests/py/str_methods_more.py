s = "hello, wonderful world"
print(s.partition(", "), s.rpartition("o"), s.partition("zz"), s.rpartition("zz"))
print(s.capitalize(), "ÉCOLE élève".capitalize(), s.title(), "it's 3rd-grade".title())
print("Hello World".swapcase(), "ABC".isupper(), "AbC".isupper(), "abc1".islower(), "123".islower())
print("abc123".isalnum(), "abc 123".isalnum(), "".isalnum())
print("[" + "ab".center(7) + "]", "[" + "ab".center(6, "*") + "]", "[" + "abc".center(6) + "]")
print("[" + "x".ljust(4, "-") + "]", "[" + "x".rjust(4) + "]", "[" + "long".ljust(2) + "]")
print("42".zfill(5), "-42".zfill(6), "+7".zfill(3), "abc".zfill(1), "".zfill(2))
print("a\nb\r\nc\rd\n".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "x".splitlines())
print("banana".rindex("an"), "banana".rindex("a", 0, 3))
try:
    "banana".rindex("x")
except ValueError as e:
    print(e)
try:
    "x".center(5, "ab")
except TypeError as e:
    print(e)
