square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(5), add(1), add(1, 2))
OFFSET = 100
shift = lambda v: v + OFFSET
print(shift(1))
OFFSET = 200
print(shift(1))
words = ["banana", "Apple", "cherry", "fig"]
print(sorted(words, key=lambda w: len(w)))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: w[-1], reverse=True))
fns = [square, shift, lambda z: -z]
for f in fns:
    print(f(3))
print((lambda: "no args")())
