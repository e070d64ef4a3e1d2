def parse_kv(s):
    out = {}
    for part in s.split(";"):
        part = part.strip()
        if not part:
            continue
        if "=" not in part:
            out[part] = True
            continue
        k, _, v = part.partition("=")
        k, v = k.strip(), v.strip()
        if v.isdigit():
            v = int(v)
        elif v.lower() in ("true", "false"):
            v = v.lower() == "true"
        out[k] = v
    return out


cfg = parse_kv("host = example.com; port=8080;debug=TRUE; verbose ; name = a=b ;;")
for k in sorted(cfg):
    print("%-8s %r" % (k, cfg[k]))


def camel_to_snake(s):
    out = ""
    for i, c in enumerate(s):
        if c.isupper() and i > 0:
            out += "_"
        out += c.lower()
    return out


def snake_to_camel(s):
    parts = s.split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


for n in ["camelCase", "HTTPServer", "simple", "getHTTPResponseCode"]:
    print(n, "->", camel_to_snake(n))
for n in ["snake_case_name", "x", "a_b_c"]:
    print(n, "->", snake_to_camel(n))
path = "/usr/local/lib/python3/site.py"
print(path.split("/"), path.rsplit("/", 1), path[path.rfind(".") + 1:])
print("/".join(p for p in "a//b/../c".split("/") if p and p != ".."))
