def f(n):
    k = 3
    return {x % k for x in range(n) if x != 4}
print(sorted(f(10)), sorted({c for w in ["ab", "bc"] for c in w}))
print({(i, j) for i in range(2) for j in range(2)} == {(0,0),(0,1),(1,0),(1,1)})
