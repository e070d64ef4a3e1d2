def mean(xs):
    assert len(xs) > 0, "empty input"
    return sum(xs) / len(xs)

print(mean([1, 2, 3]))
print(mean([2.5]))
print(mean([]))
