def numbers():
    n = 0
    while True:
        yield n
        n += 1

def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x

def squared(src):
    for x in src:
        yield x * x

def take(n, src):
    for x in src:
        if n <= 0:
            return
        n -= 1
        yield x

print(list(take(5, squared(evens(numbers())))))

def read_lines(text):
    for line in text.split("\n"):
        yield line

def strip_comments(lines):
    for line in lines:
        if not line.startswith("#"):
            yield line.strip()

def non_empty(lines):
    for line in lines:
        if line:
            yield line

text = "# header\n  alpha \n\n beta\n# note\ngamma  "
for line in non_empty(strip_comments(read_lines(text))):
    print(repr(line))

def running_total(src):
    total = 0
    for x in src:
        total += x
        yield total

print(list(running_total([3, 1, 4, 1, 5, 9])))

def pairwise(src):
    it = iter(src)
    prev = next(it)
    for cur in it:
        yield prev, cur
        prev = cur

print(list(pairwise("abcd")))

def chunks(seq, size):
    chunk = []
    for item in seq:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

print(list(chunks(range(7), 3)))
