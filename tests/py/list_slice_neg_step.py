xs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(xs[::-1])
print(xs[::-2], xs[::-3], xs[-1::-4])
print(xs[8:2:-1], xs[8:2:-2], xs[2:8:-1])
print(xs[-2:-8:-1], xs[-8:-2:-1], xs[100:-100:-3])
print(xs[5::-1], xs[:5:-1], xs[-3::-2], xs[:-3:-1])
print(xs[100::-1], xs[-100::-1], xs[:-100:-1], xs[:100:-1])
print(xs[1:9:3], xs[9:1:-3], xs[0:10:100], xs[9:0:-100])
for step in [-1, -2, -5, -9, -10, -11]:
    print(step, xs[::step], len(xs[::step]))
ys = xs[::-1]
ys[0] = 99
print(xs[0], ys[0], xs[::-1][::-1] == xs)
try:
    print(xs[::0])
except ValueError as e:
    print("ValueError", e)
