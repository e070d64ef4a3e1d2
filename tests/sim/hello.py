# Console-only: the trace holds the printed lines at virtual time 0.
readings = {"kitchen": 21, "garden": 14}
for room in readings:
    print("{}: {} C".format(room, readings[room]))
print("done", end="")
