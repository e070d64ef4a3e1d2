import random
random.seed(42)
a = [random.randint(1, 100) for _ in range(5)]
random.seed(42)
b = [random.randint(1, 100) for _ in range(5)]
print(a == b, all(1 <= x <= 100 for x in a))
r = random.random()
print(0 <= r < 1, 0 <= random.uniform(1, 2) - 1 <= 1)
l = list(range(10))
random.shuffle(l)
print(sorted(l) == list(range(10)), random.choice([7]), len(random.sample(range(100), 5)))
print(random.randrange(0, 10, 5) in (0, 5), random.getrandbits(8) < 256)
