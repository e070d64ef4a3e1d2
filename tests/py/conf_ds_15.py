def two_sum(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return seen[target - n], i
        seen[n] = i
    return None

print(two_sum([2, 7, 11, 15], 9), two_sum([3, 2, 4], 6), two_sum([1, 2], 10))

def max_subarray(a):
    best = cur = a[0]
    s = bs = be = 0
    for i in range(1, len(a)):
        if cur < 0:
            cur, s = a[i], i
        else:
            cur += a[i]
        if cur > best:
            best, bs, be = cur, s, i
    return best, a[bs:be + 1]

print(max_subarray([-2, 1, -3, 4, -1, 2, 1, -5, 4]), max_subarray([-3, -1, -2]))

def rotate(a, k):
    k %= len(a)
    return a[-k:] + a[:-k] if k else a[:]

print(rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3], 7), rotate([1], 0))

def dedupe(seq):
    seen = set()
    out = []
    for x in seq:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out

print(dedupe([3, 1, 3, 2, 1, 4]), dedupe("banana"))

def group_anagrams(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w)), []).append(w)
    return sorted(sorted(g) for g in groups.values())

print(group_anagrams(["eat", "tea", "tan", "ate", "nat", "bat"]))
print(list(zip([1, 2, 3], "abc", [True, False, None])))
pairs = [("b", 2), ("a", 1)]
letters, numbers = zip(*pairs)
print(letters, numbers)
