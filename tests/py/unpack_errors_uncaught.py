def split(seq):
    head, *tail = seq
    return head, tail
print(split([1, 2]))
print(split("a"))
print(split([]))
