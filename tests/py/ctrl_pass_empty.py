def nothing():
    pass

for i in range(3):
    pass
print(i)
if True:
    pass
else:
    print("no")
while False:
    pass
print(nothing())
x = 0
while x < 3:
    x += 1
    if x == 2:
        pass
    print("x", x)
