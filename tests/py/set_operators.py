a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b)
print(a & b)
print(a - b)
print(b - a)
print(a ^ b)
print(a <= b, a <= a, a < a, {1} < a, a >= {1, 2}, a > a, b > {5})
print({1, 2} < {3, 4}, {1, 2} > {3, 4})
c = {1, 2}
c |= {3}
print(c)
c &= {2, 3, 9}
print(c)
c -= {2}
print(c)
c ^= {3, 4}
print(c)
d = c
d |= {50}
print(c is d, c)
try:
    print({1} | [2])
except TypeError as e:
    print("TypeError", e)
try:
    print({1} + {2})
except TypeError as e:
    print("TypeError", e)
