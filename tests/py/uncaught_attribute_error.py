items = [3, 1, 2]
print(sorted(items))
n = 10
print(n + 1)
n.append(5)
print("never")
