from withall import *
from noall import *
print(public, also)
print(pub2)
try:
    print(hidden)
except NameError:
    print("hidden was not imported (not in __all__)")
try:
    print(not_listed)
except NameError:
    print("not_listed was not imported")
try:
    print(_private)
except NameError:
    print("_private was not imported")
from math import *
print(floor(2.5), pi > 3)
