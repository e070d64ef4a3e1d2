def count_vowels(s):
    return {v: s.lower().count(v) for v in "aeiou"}


print(count_vowels("Programming In Python Is Fun And Educational"))


def char_freq(s):
    d = {}
    for c in s:
        d[c] = d.get(c, 0) + 1
    return d


f = char_freq("abracadabra")
print(sorted(f.items()))
print(sorted(f, key=lambda c: (-f[c], c)))
print(max(f, key=f.get), min(sorted(f), key=f.get))


def first_unique(s):
    f = char_freq(s)
    for i, c in enumerate(s):
        if f[c] == 1:
            return i, c
    return -1, None


for s in ["leetcode", "loveleetcode", "aabb", "z"]:
    print(s, first_unique(s))


def compress_spaces(s):
    return " ".join(s.split())


print(repr(compress_spaces("  too    many   spaces here  ")))


def reverse_words(s):
    return " ".join(s.split()[::-1])


print(reverse_words("the sky is blue"), "|", reverse_words("  hello world  "))
print(" ".join(w[::-1] for w in "reverse each word".split()))
print("".join(c for c in "h-e-l-l-o" if c != "-"))
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym)
print(sum(c.isupper() for c in "Hello World ABC"), sum(c.isdigit() for c in "a1b22c333"))
