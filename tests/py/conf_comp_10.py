rows = [line.split(",") for line in "id,name,qty\n1,bolt,40\n2,nut,150\n3,screw,75\n4,washer,0".split("\n")]
header, *body = rows
print(header)
records = [dict(zip(header, r)) for r in body]
for r in records:
    r["id"] = int(r["id"])
    r["qty"] = int(r["qty"])
print(records[0])
print([r["name"] for r in records if r["qty"] > 50])
print(sum(r["qty"] for r in records))
widths = [max(len(str(r[h])) for r in records + [dict(zip(header, header))]) for h in header]
print(widths)
print(" | ".join(h.ljust(w) for h, w in zip(header, widths)))
print("-+-".join("-" * w for w in widths))
for r in sorted(records, key=lambda r: r["qty"], reverse=True):
    print(" | ".join(str(r[h]).rjust(w) if h != "name" else str(r[h]).ljust(w) for h, w in zip(header, widths)))
by_id = {r["id"]: r["name"] for r in records}
print(by_id)
print([by_id.get(i, "?") for i in range(6)])
