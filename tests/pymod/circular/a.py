print("a starts")
A = "a-value"
import b
print("a after import b, b.B =", b.B)
def from_b():
    return b.B
