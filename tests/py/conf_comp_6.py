text = """It was the best of times it was the worst of times
it was the age of wisdom it was the age of foolishness"""
words = [w.lower() for w in text.split()]
uniq = sorted(set(words))
print(len(words), len(uniq))
print(uniq)
freq = {w: words.count(w) for w in uniq}
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print([w for w in uniq if len(w) > 5])
print({len(w) for w in words} == set(len(w) for w in uniq))
pairs = [(words[i], words[i + 1]) for i in range(len(words) - 1)]
bigrams = {}
for p in pairs:
    bigrams[p] = bigrams.get(p, 0) + 1
print(sorted([p for p, c in bigrams.items() if c > 1]))
caps = [w.capitalize() for w in text.split()[:6]]
print(" ".join(caps))
vowels = sum(1 for c in text.lower() if c in "aeiou")
print("vowels:", vowels)
print(sorted({c for c in text.lower() if c.isalpha()} - set("aeiou")))
index = {}
for lineno, line in enumerate(text.split("\n"), 1):
    for w in line.lower().split():
        index.setdefault(w, set()).add(lineno)
print([(w, sorted(index[w])) for w in ["it", "best", "age", "times"]])
