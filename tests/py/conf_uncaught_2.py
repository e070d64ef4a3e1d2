def parse_all(items):
    out = []
    for s in items:
        out.append(int(s))
        print("parsed", s, "->", out[-1])
    return out


print(parse_all(["1", "22", "-3"]))
print(parse_all(["4", "five", "6"]))
print("not reached")
