print("b starts")
import a
print("b sees partial a:", a.A, hasattr(a, "from_b"))
try:
    from a import from_b
except ImportError as e:
    print("ImportError", type(e).__name__)
B = "b-value"
def from_a():
    return a.A
