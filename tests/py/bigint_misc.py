# Big ints through json, random, containers, str.format and int subclasses.
import json
import random

d = {"a": 2**100, "b": [-(3**50), 10**25], 2**70: "key"}
s = json.dumps(d)
print(s)
back = json.loads(s)
print(back["a"] == 2**100, back["b"], json.loads("-123456789012345678901234567890"))

random.seed(2**100 + 12345)
for k in (0, 1, 31, 32, 33, 64, 65, 200):
    r = random.getrandbits(k)
    assert 0 <= r < 2**k and (k == 0 or r.bit_length() <= k)
for _ in range(50):
    r = random.randrange(10**30, 10**30 + 7)
    assert 10**30 <= r < 10**30 + 7
    r = random.randrange(-(2**80), 2**80, 2**40 + 1)
    assert -(2**80) <= r < 2**80 and (r + 2**80) % (2**40 + 1) == 0
    r = random.randint(-(2**70), -(2**70) + 3)
    assert -(2**70) <= r <= -(2**70) + 3
    r = random.randrange(2**100, 2**99, -(2**98))
    assert r in (2**100, 2**100 - 2**98), r
print("random ok")
for args in [(2**80, 2**70), (-(2**70),), (0, 2**70, -(2**69)), (5, 2**70, 0)]:
    try:
        random.randrange(*args)
    except ValueError as e:
        print("ValueError", e)
try:
    random.randint(2**70, 2**69)
except ValueError as e:
    print("ValueError", e)

vals = [2**65, -(2**65), 3, 2**64 - 1, -(2**64), 1 << 100, 0]
print(sorted(vals), min(vals), max(vals), sum(vals), sum(v * v for v in vals))
print(sorted(vals, key=lambda v: (v % 7, v)))
print({v % 1000 for v in vals} == {v % 1000 for v in reversed(vals)}, (2**65) in set(vals))
print("{:>40,}|{:<+30_d}|{:^#40x}".format(2**90, -(2**80), 2**100))
print("{:n} {:d} {:o} {:X}".format(10**20, -(10**21), 8**30, 16**20 - 1))
print(format(2**64, "e"), format(-(2**64), ".3g"), format(2**70, "f")[:30], format(3**50, "%")[:25])


class Big(int):
    pass


b = Big(2**100)
print(b + 1, b * -b, b // 3, -b % 7, b >> 90, divmod(b, -(10**10)), round(b, -25))
print(int(str(2**200)) == 2**200, int(b) == 2**100, abs(Big(-(2**70))), hex(Big(2**70)))
print(round(-(2**90) - 1, -5), round(2**90 + 50000, -5), round(-(5 * 10**40), -41), round(15 * 10**39, -40))
print(int(-7.9e25), int(9.5e30) == 9500000000000000257920634994688 or int(9.5e30))
print((10**30).to_bytes(13, "little").hex(), (-(10**30)).to_bytes(14, "big", signed=True).hex())
print(int.from_bytes((2**100).to_bytes(13, "big"), "big") == 2**100, (0).to_bytes(0, "big"))
print(len(range(0, 2**40, 2**20)), sum(range(2**40, 2**40 + 3)))
