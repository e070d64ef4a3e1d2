nums = [1, 2, 3, 4, 5, 6]
evens = [n for n in nums if n % 2 == 0]
squares = {n: n ** 2 for n in evens}
print(evens, squares, sum(squares.values()))
text = "the rain in spain falls mainly"
freq = {}
for ch in text.replace(" ", ""):
    freq[ch] = freq.get(ch, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
for row in matrix:
    print(" ".join(f"{v:2d}" for v in row))
print([row[::-1] for row in matrix][0], list(map(sum, matrix)), list(zip(*matrix))[0])
