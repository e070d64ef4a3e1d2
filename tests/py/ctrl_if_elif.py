def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for v in [-5, 0, 3, 10, 2 ** 70, -0.5]:
    print(v, classify(v))
x = 7
if x > 5:
    if x % 2:
        print("big odd")
    else:
        print("big even")
if []:
    print("no")
elif {}:
    print("no")
else:
    print("empty containers are false")
