print("helper body runs")
x = 1
count = 0
def double(n):
    return n * 2
def get_x():
    return x
def counter():
    global count
    count += 1
