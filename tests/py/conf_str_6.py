def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]


tests = ["A man, a plan, a canal: Panama", "racecar", "hello", "", "No 'x' in Nixon", "ab", "Was it a car or a cat I saw?"]
for t in tests:
    print(repr(t), is_palindrome(t))


def longest_palindrome(s):
    best = ""
    for center in range(len(s)):
        for lo, hi in ((center, center), (center, center + 1)):
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best


for s in ["babad", "cbbd", "forgeeksskeegfor", "a", "abacdfgdcaba"]:
    print(s, "->", longest_palindrome(s))
print([n for n in range(100, 200) if str(n) == str(n)[::-1]])
print([n for n in range(1, 1000) if str(n) == str(n)[::-1] and bin(n)[2:] == bin(n)[2:][::-1]])


def is_anagram(a, b):
    return sorted(a.replace(" ", "").lower()) == sorted(b.replace(" ", "").lower())


print(is_anagram("Listen", "Silent"), is_anagram("Dormitory", "dirty room"), is_anagram("abc", "abd"))
