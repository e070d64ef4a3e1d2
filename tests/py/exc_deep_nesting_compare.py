# Comparing structures nested far deeper than any recursion limit raises
# RecursionError (never crashes), and the program carries on afterwards.
a = []
b = []
for i in range(3000):
    a = [a]
    b = [b]
for label, f in [("==", lambda: a == b), ("<", lambda: a < b), ("in", lambda: a in [b])]:
    try:
        f()
        print(label, "finished")
    except RecursionError as e:
        print(label, "RecursionError:", e)
print([[1, [2]]] == [[1, [2]]], [1, [2, [3]]] < [1, [2, [4]]])
