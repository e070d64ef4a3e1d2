TRANSITIONS = {
    ("locked", "coin"): "unlocked",
    ("locked", "push"): "locked",
    ("unlocked", "push"): "locked",
    ("unlocked", "coin"): "unlocked",
}

def run(events):
    state = "locked"
    coins = 0
    for ev in events:
        key = (state, ev)
        if key not in TRANSITIONS:
            print("bad event", repr(ev), "in", state)
            continue
        if ev == "coin":
            coins += 1
        new = TRANSITIONS[key]
        if new != state:
            print(state, "--" + ev + "->", new)
        state = new
    return state, coins

print(run(["push", "coin", "coin", "push", "kick", "push", "coin"]))
print(run([]))
