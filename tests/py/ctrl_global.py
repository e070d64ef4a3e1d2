counter = 0
log = []

def bump(n):
    global counter
    counter += n
    log.append(counter)

def reset():
    global counter
    counter = 0

bump(1)
bump(5)
print(counter, log)
reset()
print(counter)
bump(2)
print(counter, log)

def read_only():
    return counter * 10

print(read_only())

def make_global():
    global created
    created = "hello"

make_global()
print(created)
