class Event:
    def __init__(self, t, kind, data):
        self.t, self.kind, self.data = t, kind, data

    def __lt__(self, other):
        return (self.t, self.kind) < (other.t, other.kind)

    def __repr__(self):
        return "<%d %s %s>" % (self.t, self.kind, self.data)


def simulate(arrivals, service):
    events = sorted(Event(t, "arrive", name) for t, name in arrivals)
    busy_until = 0
    waits = {}
    log = []
    while events:
        ev = events.pop(0)
        if ev.kind == "arrive":
            start = max(ev.t, busy_until)
            waits[ev.data] = start - ev.t
            busy_until = start + service[ev.data]
            events.append(Event(busy_until, "depart", ev.data))
            events.sort()
            log.append("t=%2d %s arrives, starts at %d" % (ev.t, ev.data, start))
        else:
            log.append("t=%2d %s departs" % (ev.t, ev.data))
    return log, waits


arr = [(0, "ann"), (2, "bob"), (3, "cy"), (15, "di"), (16, "ed")]
svc = {"ann": 5, "bob": 3, "cy": 4, "di": 1, "ed": 2}
log, waits = simulate(arr, svc)
for line in log:
    print(line)
print(sorted(waits.items(), key=lambda kv: (-kv[1], kv[0])))
avg = sum(waits.values()) / len(waits)
print("average wait: %.2f" % avg, "max:", max(waits.values()))
print([name for name, w in sorted(waits.items()) if w == 0])
