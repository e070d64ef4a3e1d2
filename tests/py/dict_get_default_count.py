s = "abracadabra"
freq = {}
for ch in s:
    freq[ch] = freq.get(ch, 0) + 1
print(freq)
items = list(freq.items())
print(sorted(items, key=lambda p: p[1], reverse=True))
print(sorted(items, key=lambda p: p[0]))
inv = {}
for k, v in freq.items():
    inv[v] = inv.get(v, "") + k
print(inv)
