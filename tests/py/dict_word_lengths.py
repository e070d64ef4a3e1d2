text = "the quick brown fox jumps over the lazy dog the end"
by_len = {}
for w in text.split():
    n = len(w)
    if n not in by_len:
        by_len[n] = []
    if w not in by_len[n]:
        by_len[n].append(w)
for n in sorted(by_len):
    print(n, by_len[n])
first = {}
for i, w in enumerate(text.split()):
    if w not in first:
        first[w] = i
print(first)
