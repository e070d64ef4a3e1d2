text = """The quick brown fox jumps over the lazy dog. The dog barks;
the fox runs! A quick brown dog? Yes, the quick dog."""
clean = ""
for ch in text.lower():
    clean += ch if ch.isalpha() or ch.isspace() else " "
words = clean.split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for w, c in ranked[:6]:
    print("%-6s %2d %s" % (w, c, "#" * c))
print(len(words), len(counts))
print([w for w, c in ranked if c == 1])
longest = max(counts, key=lambda w: (len(w), w))
print("longest:", longest)
by_first = {}
for w in sorted(counts):
    by_first.setdefault(w[0], []).append(w)
for k in sorted(by_first):
    print(k, by_first[k])
sentences = [s.strip() for s in text.replace("!", ".").replace("?", ".").split(".") if s.strip()]
print(len(sentences), [len(s.split()) for s in sentences])
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c)))[:10])
