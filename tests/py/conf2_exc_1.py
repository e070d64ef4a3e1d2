try:
    {}["k"]
except KeyError as e:
    print(repr(e), str(e), e.args)
try:
    [][1]
except IndexError as e:
    print(repr(e), e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(repr(e), e)
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    int("abc")
except ValueError as e:
    print(repr(e))
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
