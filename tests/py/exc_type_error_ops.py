one = 1
s = "a"
try:
    one + s
except TypeError as e:
    print(e)
try:
    s + one
except TypeError as e:
    print(e)
try:
    [1] + (2,)
except TypeError as e:
    print(e)
try:
    s * s
except TypeError as e:
    print(e)
try:
    one < s
except TypeError as e:
    print(e)
try:
    -s
except TypeError as e:
    print(e)
try:
    None + one
except TypeError as e:
    print(e)
try:
    [1] - [1]
except TypeError as e:
    print(e)
try:
    1.5 & one
except TypeError as e:
    print(e)
