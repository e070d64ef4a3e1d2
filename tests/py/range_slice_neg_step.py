r = range(10)
print(r[::-1], list(r[::-1]))
print(r[::-2], list(r[::-3]), r[8:2:-2], list(r[8:2:-2]))
print(list(r[2:8:-1]), len(r[2:8:-1]), list(r[-2:-8:-1]))
r2 = range(3, 30, 4)
print(r2[::-1], list(r2[::-1]), r2[1:-1], list(r2[1:-1]))
print(r2[-1], r2[-7], list(r2[::2]), len(r2[::2]), list(r2[5:0:-2]))
r3 = range(20, 0, -3)
print(list(r3), r3[::-1], list(r3[::-1]), r3[2], r3[-1], len(r3))
print(list(range(0, -10, -2)[::-1]), list(range(5)[100::-2]))
print(7 in r2, 8 in r2, 11 in r2[::-1], 20 in r3, 2 in r3, 0 in r3)
try:
    print(r2[7])
except IndexError as e:
    print("IndexError", e)
for x in range(10, 0, -4)[::-1]:
    print(x)
