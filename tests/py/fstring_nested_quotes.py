name = "it's"
print(f"{name}")
print(f"{name!r}")
print(f'{"double"}')
print(f"{'single'!r}")
print(f"a{1}b{2}c{3}")
print(f"{1}{2}{3}")
x = 0.1
print(f"{x} {x!r} {x:.3f} {x:>6}")
print(f"{-0.0} {float('inf')} {1e20}")
print(f"""{name}
second line""")
