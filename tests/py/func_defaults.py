def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cid", punct="?"))
print(greet(greeting="Yo", name="Dee"))
print(greet("Eve", "Hey", "."))

def power(base, exp=2):
    return base ** exp

print(power(3), power(2, 10), power(exp=3, base=2))

def acc(x, bucket=[]):
    bucket.append(x)
    return bucket

print(acc(1))
print(acc(2))
print(acc(3, []))
print(acc(4))
