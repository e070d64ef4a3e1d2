csv = "name=ann;age=30;city=oslo;"
fields = csv.split(";")
print(fields, len(fields))
for f in fields:
    if f:
        k, v = f.split("=", 1)
        print(k, v, f.find("="), f.rfind("a"), f.count("a"))
print(csv.split(";", 2)[-1], csv.rsplit(";", 2)[0])
line = "GET /index.html HTTP/1.1"
method, path, proto = line.split()
print(method, path, proto, path.rsplit(".", 1)[1], proto.split("/")[1].split("."))
print("k:v:w".split(":", 1), "k:v:w".rsplit(":", 1))
text = "the cat sat on the mat"
print(text.count("the"), text.find("the", 1), text.rfind("at", 0, 10), text.startswith("cat", 4))
pos = 0
hits = []
while True:
    pos = text.find("at", pos)
    if pos < 0:
        break
    hits.append(pos)
    pos += 1
print(hits)
