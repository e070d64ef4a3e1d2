text = """the quick brown fox jumps over the lazy dog
The dog barks, the fox runs. THE END"""
counts = {}
for raw in text.split():
    w = raw.strip(".,").lower()
    if w in counts:
        counts[w] += 1
    else:
        counts[w] = 1
print(counts)
print(len(counts), sum(counts.values()))
ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
for w, c in ranked[:4]:
    print("{:<6} {}".format(w, c))
longest = ""
for w in counts:
    if len(w) > len(longest):
        longest = w
print("longest:", longest)
