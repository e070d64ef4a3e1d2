x = 5
print(1 < x < 10)
print(1 < x < 4)
print(1 < x > 2)
print(x == 5 == 5.0)
print(1 <= 1 < 2 <= 2)
print(3 > 2 > 1 > 0)
print(3 > 2 > 2)
def noisy(v):
    print("eval", v)
    return v
print(noisy(1) < noisy(2) < noisy(3))
print(noisy(3) < noisy(2) < noisy(1))
a = [1, 2]
print(0 < len(a) <= 2)
