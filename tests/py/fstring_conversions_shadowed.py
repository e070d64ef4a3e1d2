# f-string conversions are part of the syntax: shadowing repr/str/ascii
# must not change them.
x = "héllo"
print(f"{x!r} {x!s} {x!a} {x!r:>12} {3.5!s:<6}|{[1, 'é']!a}")
print(ascii("é"), ascii([1, "ü"]), ascii(5))
def repr(v):
    return "shadowed"
str = 3
ascii = None
print(f"{1!r} {2!s} {'ä'!a} {x!r:^14}")
