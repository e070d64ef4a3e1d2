# Console-only: each printed line carries the virtual time the instructions before it took.
readings = {"kitchen": 21, "garden": 14}
for room in readings:
    print("{}: {} C".format(room, readings[room]))
print("done", end="")
