# Edge cases found by review: whitespace split/rsplit with maxsplit, empty
# needles outside the window, zip() with no iterables.
for s in [" a b ", "a  b  c", "  ", "", "x"]:
    print(s.split(None, 0), s.split(None, 1), s.rsplit(None, 0), s.rsplit(None, 1), s.split(), s.rsplit(None, 2))
print("abc".find("", 4), "abc".find("", 2, 1), "abc".find("", 3), "abc".rfind("", 4), "abc".rfind("", 1))
print("abc".count("", 4), "abc".count("", 2, 1), "abc".count("", 3), "abc".count(""), "abc".count("", -1))
print("abc".startswith("", 4), "abc".endswith("", 2, 1), "abc".startswith("", 3), "abc".startswith("c", -1))
print(list(zip()), list(zip([])), list(zip([1], [])))
