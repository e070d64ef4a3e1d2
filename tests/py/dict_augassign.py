counts = {"a": 0, "b": 10}
counts["a"] += 1
counts["a"] += 1
counts["b"] -= 3
counts["b"] *= 2
counts["b"] //= 3
counts["b"] **= 2
counts["b"] %= 7
print(counts)
flags = {"f": 0b1010}
flags["f"] |= 1
flags["f"] &= 0b1011
flags["f"] ^= 0b0010
flags["f"] <<= 2
flags["f"] >>= 1
print(flags)
nested = {"l": [1, 2], "d": {"k": 1}}
nested["l"][0] += 10
nested["d"]["k"] += 5
nested["s"] = "x"
nested["s"] += "y"
print(nested)
