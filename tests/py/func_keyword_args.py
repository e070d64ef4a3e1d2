def describe(name, age, city="nowhere"):
    print(name, age, city)

describe("ann", 30)
describe(age=31, name="bob")
describe("cid", city="Paris", age=40)
describe("dee", 22, "Rome")

def area(w, h):
    return w * h

print(area(h=3, w=4))
print(area(2, h=5))
print(sorted([3, 1, 2], reverse=True))
print("a-b".split(sep="-"))
print("x", "y", sep="")
