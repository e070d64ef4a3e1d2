def read_lines():
    data = "  alpha 3\n#comment\nbeta 5\n\n  gamma 10  \nbad\ndelta 2"
    for line in data.split("\n"):
        yield line


def strip_lines(lines):
    for l in lines:
        yield l.strip()


def skip_blank_and_comments(lines):
    for l in lines:
        if l and not l.startswith("#"):
            yield l


def parse(lines):
    for l in lines:
        parts = l.split()
        if len(parts) != 2:
            print("skipping", repr(l))
            continue
        yield parts[0], int(parts[1])


pipeline = parse(skip_blank_and_comments(strip_lines(read_lines())))
records = list(pipeline)
print(records)
print(sum(v for _, v in records))
print(max(records, key=lambda r: r[1]))
squares = (x * x for x in range(10))
evens = (x for x in squares if x % 2 == 0)
print(list(evens))
print(list(evens))
nums = [3, 8, 1, 9, 4]
print(any(n > 8 for n in nums), all(n > 0 for n in nums), any(n > 9 for n in nums))
print(max(n * 2 for n in nums), min((n for n in nums), default=-1))
print(sum(1 for n in nums if n % 2))
print(list(zip(range(3), (c for c in "abcdef"))))
