for i in range(3):
    print("i", i)
for i in range(10, 0, -4):
    print("down", i)
total = 0
for i in range(1, 101):
    total += i
print(total)
s = ""
for i in range(5, -6, -5):
    s += str(i) + ","
print(s)
for i in range(0):
    print("never")
n = 0
for i in range(100, 200, 7):
    n += 1
print(n, len(range(100, 200, 7)))
