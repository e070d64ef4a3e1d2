def wrap(text, width):
    lines = []
    cur = ""
    for w in text.split():
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= width:
            cur += " " + w
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


txt = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore"
for width in (20, 35):
    print("+" + "-" * width + "+")
    for line in wrap(txt, width):
        print("|" + line.ljust(width) + "|")
    print("+" + "-" * width + "+")
for line in wrap(txt, 30):
    print(line.center(30, ".").rstrip("."))
for line in wrap(txt, 25):
    print(line.rjust(25))


def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + words[-1]


for line in wrap(txt, 28):
    print("[" + justify(line, 28) + "]")
