def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def gcd_rec(a, b):
    if b == 0:
        return a
    return gcd_rec(b, a % b)

def lcm(a, b):
    return a // gcd(a, b) * b

print(gcd(48, 18), gcd_rec(48, 18))
print(gcd(17, 5), gcd(0, 9), gcd(-12, 8))
print(lcm(4, 6), lcm(21, 6))
l = 1
for i in range(1, 31):
    l = lcm(l, i)
print(l)
print(gcd(2 ** 100, 6 ** 50))
print(gcd(832040, 514229), lcm(2 ** 64, 10 ** 10))
