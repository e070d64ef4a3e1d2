# A first Ferrite program: `cargo run -p sim-host -- examples/hello.py`

def greet(name):
    return "Hello, {}!".format(name)


def average(values):
    return sum(values) // len(values)


print(greet("Ferrite"))

readings = {"kitchen": 21, "garden": 14, "attic": 27}
temperatures = []
for room in readings:
    print("{}: {} C".format(room, readings[room]))
    temperatures.append(readings[room])
print("average: {} C".format(average(temperatures)))

try:
    average([])
except ZeroDivisionError:
    print("no readings, nothing to average")
