a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a is b, a is c, a == c, a is not c)
print(2 in a, 5 in a, 5 not in a)
print("ell" in "hello", "z" not in "hello", "" in "abc")
print(3 in (1, 2, 3), (1, 2) in [(1, 2), (3, 4)])
d = {"k": 1, 2: "two"}
print("k" in d, 1 in d, 2 in d, "two" in d)
print(3 in range(5), 5 in range(5), -1 in range(-3, 0))
print(None is None, None in [0, None])
print(1.0 in [1, 2], True in [1], 0 in [False])
print([] is [], [] == [])
