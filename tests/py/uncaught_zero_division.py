print("dividing", 100)
values = [4, 2, 1, 0]
for v in values:
    print(100 // v)
print("never")
