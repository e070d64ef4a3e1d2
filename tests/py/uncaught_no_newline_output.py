print("partial", end="")
print(" line", end="")
print("", end="")
x = [1, 2]
a, b, c = x
