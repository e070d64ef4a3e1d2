n = 5
try:
    n.foo
except AttributeError as e:
    print(e)
try:
    "s".nothing()
except AttributeError as e:
    print(e)
try:
    [].push(1)
except AttributeError as e:
    print(e)
try:
    None.x
except AttributeError as e:
    print(e)
try:
    {}.append(1)
except AttributeError as e:
    print(e)
try:
    (1, 2).append(3)
except AttributeError as e:
    print(e)
