def fib_iter(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a

def fib_rec(n):
    if n < 2:
        return n
    return fib_rec(n - 1) + fib_rec(n - 2)

for n in [0, 1, 2, 10, 20]:
    print(n, fib_iter(n), fib_rec(n))
print(fib_iter(90))
print(fib_iter(92), fib_iter(93))
print(fib_iter(300))
seq = []
for i in range(15):
    seq.append(fib_iter(i))
print(seq)
