x = 42
name = "Ferrite"
print(f"{x}")
print(f"x = {x}, name = {name}")
print(f"{x + 1} {x * 2} {x // 5}")
print(f"{name!r}")
print(f"{'quoted'}")
print(f"{{braces}} {x}")
print(f"{[1, 2, 3]}")
print(f"{None} {True} {0.1 + 0.2}")
print(f"{name[0]}{name[-1]}")
print(f"{len(name)} chars")
print(f"")
print(f"héllo {name}ö")
