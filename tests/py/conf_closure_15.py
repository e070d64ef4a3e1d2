def make_fsm():
    state = "idle"
    transitions = {
        ("idle", "start"): "running",
        ("running", "pause"): "paused",
        ("paused", "resume"): "running",
        ("running", "stop"): "idle",
        ("paused", "stop"): "idle",
    }

    def fire(event):
        nonlocal state
        key = (state, event)
        if key not in transitions:
            return "invalid %s in %s" % (event, state)
        old = state
        state = transitions[key]
        return "%s -%s-> %s" % (old, event, state)

    return fire


fsm = make_fsm()
for ev in ["start", "pause", "start", "resume", "stop", "stop", "start"]:
    print(fsm(ev))


def dispatcher():
    handlers = {}

    def on(name):
        def deco(fn):
            handlers.setdefault(name, []).append(fn)
            return fn
        return deco

    def emit(name, *a):
        return [h(*a) for h in handlers.get(name, [])]

    return on, emit


on, emit = dispatcher()


@on("x")
def h1(v):
    return v + 1


@on("x")
def h2(v):
    return v * 2


print(emit("x", 10), emit("y", 1))
