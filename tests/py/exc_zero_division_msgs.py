zero = 0
fzero = 0.0
try:
    1 / zero
except ZeroDivisionError as e:
    print(e)
try:
    1 // zero
except ZeroDivisionError as e:
    print(e)
try:
    1 % zero
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / zero
except ZeroDivisionError as e:
    print(e)
try:
    2 ** 100 // zero
except ZeroDivisionError as e:
    print(e)
try:
    5.5 // fzero
except ZeroDivisionError as e:
    print(e)
try:
    5.5 % fzero
except ZeroDivisionError as e:
    print(e)
x = 7
try:
    x /= zero
except ZeroDivisionError as e:
    print(e, x)
