cache_order = []
cache = {}
CAP = 3


def lru_get(key, loader):
    if key in cache:
        cache_order.remove(key)
        cache_order.append(key)
        return cache[key], "hit"
    val = loader(key)
    if len(cache) >= CAP:
        old = cache_order.pop(0)
        del cache[old]
        print("  evict", old)
    cache[key] = val
    cache_order.append(key)
    return val, "miss"


for k in ["a", "b", "a", "c", "d", "b", "a", "e", "a"]:
    v, status = lru_get(k, lambda s: s.upper() * 2)
    print(k, v, status, cache_order)

ring = [None] * 4
head = 0
count = 0
for i in range(1, 8):
    ring[(head + count) % 4] = i
    if count < 4:
        count += 1
    else:
        head = (head + 1) % 4
    print(i, [ring[(head + j) % 4] for j in range(count)])

deque = []
deque.append(1)
deque.insert(0, 0)
deque.append(2)
print(deque, deque.pop(0), deque.pop(), deque)
