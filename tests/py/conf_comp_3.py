def primes_upto(n):
    return [p for p in range(2, n + 1) if all(p % d for d in range(2, int(p ** 0.5) + 1))]


print(primes_upto(50))
sieve = [True] * 60
sieve[0] = sieve[1] = False
for i in range(2, 8):
    if sieve[i]:
        for j in range(i * i, 60, i):
            sieve[j] = False
print([i for i, ok in enumerate(sieve) if ok] == primes_upto(59))
perfect = [n for n in range(2, 10000) if sum(d for d in range(1, n) if n % d == 0) == n] if False else [6, 28, 496]
print([n for n in range(2, 500) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n])
print(perfect)
fizz = ["FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i) for i in range(1, 21)]
print(" ".join(fizz))
divisors = {n: [d for d in range(1, n + 1) if n % d == 0] for n in [12, 17, 36]}
print(divisors)
print([sum(int(c) for c in str(2 ** k)) for k in range(10, 15)])
x = 10
print([x for x in range(3)], x)
squares = [i * i for i in range(10)]
print(squares[::2], squares[-3:], squares[::-3])
