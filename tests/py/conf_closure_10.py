def permutations(seq):
    if len(seq) <= 1:
        return [list(seq)]
    out = []
    for i in range(len(seq)):
        rest = seq[:i] + seq[i + 1:]
        for p in permutations(rest):
            out.append([seq[i]] + p)
    return out


ps = permutations([1, 2, 3])
print(len(ps))
for p in ps:
    print(p)
print(["".join(p) for p in permutations("abc")])
print(len(permutations(list(range(6)))))


def combinations(seq, k):
    if k == 0:
        return [[]]
    if len(seq) < k:
        return []
    first, rest = seq[0], seq[1:]
    return [[first] + c for c in combinations(rest, k - 1)] + combinations(rest, k)


print(combinations([1, 2, 3, 4], 2))
print(len(combinations(list(range(10)), 3)))


def powerset(s):
    if not s:
        return [[]]
    sub = powerset(s[1:])
    return sub + [[s[0]] + x for x in sub]


print(sorted(powerset([1, 2, 3]), key=lambda x: (len(x), x)))
print(sorted(set("".join(p) for p in permutations("aab"))))
