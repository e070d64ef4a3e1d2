def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]

print(list(chunks([1, 2, 3, 4, 5, 6, 7], 3)))
print(list(chunks("abcdefgh", 2)))

def pairwise(it):
    it = iter(it)
    try:
        prev = next(it)
    except StopIteration:
        return
    for x in it:
        yield prev, x
        prev = x

print(list(pairwise([1, 4, 9, 16])), list(pairwise([])), list(pairwise([1])))
print([b - a for a, b in pairwise([1, 4, 9, 16, 25])])

def sliding(seq, k):
    for i in range(len(seq) - k + 1):
        yield tuple(seq[i:i + k])

print(list(sliding([1, 2, 3, 4, 5], 3)))
print(max(sum(w) for w in sliding([3, -1, 4, 1, -5, 9, 2, -6], 3)))

def group_runs(seq):
    it = iter(seq)
    try:
        cur = next(it)
    except StopIteration:
        return
    n = 1
    for x in it:
        if x == cur:
            n += 1
        else:
            yield cur, n
            cur, n = x, 1
    yield cur, n

print(list(group_runs("aaabccddddde")))
print("".join("%s%d" % (c, n) for c, n in group_runs("wwwwbbbw")))

def interleave(*its):
    its = [iter(i) for i in its]
    while its:
        nxt = []
        for i in its:
            try:
                yield next(i)
                nxt.append(i)
            except StopIteration:
                pass
        its = nxt

print(list(interleave([1, 2, 3], "ab", (10, 20, 30, 40))))
