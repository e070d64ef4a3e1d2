a = "foo"
b = "bar"
print(a + b)
print(a * 3)
print(3 * b)
print(repr(a * 0), repr(a * -2))
print("-" * 20)
c = ""
i = 0
while i < 5:
    c += str(i)
    i += 1
print(c)
print("é" * 3 + "!")
print(len("ab" * 50))
s = "x"
s *= 4
print(s)
