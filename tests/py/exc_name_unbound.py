try:
    print(undefined_name)
except NameError as e:
    print(e)

def uses_later():
    print(value)
    value = 1

try:
    uses_later()
except UnboundLocalError as e:
    print(e)

try:
    uses_later()
except NameError as e:
    print("caught as NameError:", isinstance(e, UnboundLocalError))

def calls_missing():
    return missing_func(1)

try:
    calls_missing()
except NameError as e:
    print(e)
