def a(n):
    print("a", n)
    return b(n - 1)

def b(n):
    print("b", n)
    if n <= 0:
        return int("deep")
    return a(n - 1)

a(5)
