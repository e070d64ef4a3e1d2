def depth(n):
    if n == 0:
        d = {"a": 1}
        return d["missing"]
    print("descending", n)
    return depth(n - 1)


try:
    depth(2)
except IndexError:
    print("wrong handler")
finally:
    print("finally before propagation")
