inventory = {"apples": 5, "pears": 0, "kiwis": 12, "plums": 3, "figs": 0}
in_stock = {k: v for k, v in inventory.items() if v}
print(sorted(in_stock))
restock = {k: (v if v else 10) for k, v in inventory.items()}
print(sorted(restock.items()))
prices = {"apples": 0.5, "pears": 0.75, "kiwis": 0.25, "plums": 1.2, "figs": 2.0}
value = {k: round(inventory[k] * prices[k], 2) for k in inventory}
print(sorted(value.items(), key=lambda kv: -kv[1]))
print("total: %.2f" % sum(value.values()))
merged = {**inventory, "grapes": 7, "apples": 6}
print(sorted(merged.items()))
keys_a = {"a", "b", "c", "d"}
keys_b = {"c", "d", "e"}
print(sorted(keys_a | keys_b), sorted(keys_a & keys_b), sorted(keys_a - keys_b), sorted(keys_a ^ keys_b))
lookup = {k: i for i, k in enumerate(sorted(keys_a | keys_b))}
print(lookup)
cnt = {}
for ch in "hello world":
    if ch != " ":
        cnt[ch] = cnt.get(ch, 0) + 1
print(sorted(cnt.items()))
print([k for k, v in sorted(cnt.items()) if v == max(cnt.values())])
zipped = dict(zip("abc", [1, 2, 3]))
print(zipped, list(zipped), list(zipped.values()))
