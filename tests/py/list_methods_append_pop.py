a = []
a.append(1)
a.append("two")
a.append([3])
print(a, len(a))
print(a.pop())
print(a)
print(a.pop(0))
print(a)
b = [1, 2, 3, 4, 5]
print(b.pop(-2), b)
print(b.pop(1), b)
print(a.append(5))
while b:
    print("popped", b.pop())
print(b)
