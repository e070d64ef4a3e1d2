import a
print("main sees", a.A, a.b.B)
print(a.from_b(), a.b.from_a())
