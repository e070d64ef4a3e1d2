print("before")
for i in range(3):
    print("iteration", i)
    if i == 2:
        raise RuntimeError
print("never")
