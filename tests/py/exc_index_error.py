a = [1, 2, 3]
t = (1, 2)
s = "abc"
r = range(3)
tests = 0
try:
    a[3]
except IndexError as e:
    print(e)
try:
    a[-4]
except IndexError as e:
    print(e)
try:
    t[2]
except IndexError as e:
    print(e)
try:
    s[10]
except IndexError as e:
    print(e)
try:
    r[3]
except IndexError as e:
    print(e)
try:
    a[5] = 0
except IndexError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    a.pop(10)
except IndexError as e:
    print(e)
print(a)
