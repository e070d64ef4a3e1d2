counter = 0
def inc():
    global counter
    counter += 1
for _ in range(3):
    inc()
print(counter)
lst = [1, 2, 3, 4]
del lst[1], lst[0]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class O: pass
o = O()
o.x = 1
del o.x
print(hasattr(o, "x"))
x = 5
del x
print("x" in globals() if False else "deleted")
