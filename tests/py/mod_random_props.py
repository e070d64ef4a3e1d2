import random
random.seed(42)
ok = True
for _ in range(200):
    x = random.random()
    ok = ok and 0.0 <= x < 1.0
    r = random.randint(1, 6)
    ok = ok and 1 <= r <= 6 and isinstance(r, int)
    u = random.uniform(2, 5)
    ok = ok and 2 <= u <= 5
    rr = random.randrange(0, 10, 2)
    ok = ok and rr in (0, 2, 4, 6, 8)
    ok = ok and 0 <= random.randrange(5) < 5
    ok = ok and random.getrandbits(8) < 256
print(ok)
seen = set()
for _ in range(500):
    seen.add(random.randint(1, 6))
print(sorted(seen))
items = ["a", "b", "c"]
print(random.choice(items) in items)
deck = list(range(10))
random.shuffle(deck)
print(sorted(deck) == list(range(10)), len(deck))
s = random.sample(range(100), 5)
print(len(s), len(set(s)), min(s) >= 0 and max(s) < 100)
random.seed(7)
a = [random.random(), random.randint(0, 100)]
random.seed(7)
b = [random.random(), random.randint(0, 100)]
print(a == b)
print(random.getrandbits(0), random.randint(5, 5))
