def outer():
    def inner():
        return value + 1
    print("before")
    result = inner()
    value = 1
    return result
outer()
print("never")
