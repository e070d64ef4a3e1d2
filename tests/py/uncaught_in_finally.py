def f():
    try:
        print("in try")
        return 1
    finally:
        print("in finally")
        raise ValueError("from finally")

print("calling")
print(f())
