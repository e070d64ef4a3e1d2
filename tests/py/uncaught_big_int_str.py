print(2 ** 64, -(2 ** 64))
big = 2 ** 100
print(big)
print(str(big) + " is big")
print(big + "1")
