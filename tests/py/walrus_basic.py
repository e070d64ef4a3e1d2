if (n := len("hello")) > 3:
    print("long", n)
data = [1, 5, 2, 8]
while (item := data.pop()) != 5:
    print(item)
print(data)
print([y for x in range(6) if (y := x * x) % 2 == 0])
print(y)
def f():
    vals = [z := i + 1 for i in range(3)]
    return vals, z
print(f())
print((a := 3) + a)
