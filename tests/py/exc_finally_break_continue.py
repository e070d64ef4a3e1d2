for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
for i in range(5):
    try:
        if i == 2:
            break
    finally:
        print("cleanup", i)
print("after loop", i)
n = 0
while True:
    n += 1
    try:
        if n == 2:
            raise ValueError("lost")
    finally:
        if n >= 2:
            break
print("n", n)
for i in range(2):
    try:
        raise KeyError(i)
    finally:
        continue
print("done", i)
