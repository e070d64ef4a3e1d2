try:
    import no_such_module
except ImportError as e:
    print(type(e).__name__, e)
try:
    from helper import no_such_name
except ImportError as e:
    print(type(e).__name__)
try:
    import helper.sub
except ImportError as e:
    print(type(e).__name__, e)
try:
    import bad
except ZeroDivisionError as e:
    print("bad failed:", e)
try:
    import bad
except ZeroDivisionError as e:
    print("bad failed again (body reruns)")
import helper
print(helper.VALUE)
def later():
    import also_missing
print("before")
later()
print("not reached")
